import {css} from 'lit';
import {colorText, fontFamily, fontSizeBody} from '../generated/tokens.js';

/**
 * The theme's typography on an element's host, for the elements that show
 * text of their own and hold no field that brings it: without it, their
 * text takes whatever font, size and colour the host page sets on the
 * element's ancestors (inheritance crosses the shadow boundary).
 */
export const hostTypography = css`
  :host {
    display: block;
    font-family: ${fontFamily};
    font-size: ${fontSizeBody};
    line-height: 1.4;
    color: ${colorText};
  }
`;

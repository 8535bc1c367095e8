import {css} from 'lit';
import {space1, targetMinSize} from '../../generated/tokens.js';
import {buttonHeight} from './exit-page.styles.js';

/**
 * The control's height, worked out from the same tokens as its styles
 * (exit-page.styles.ts: the bar's padding, then the button's): what the host
 * page's style sheet reserves for it before its code has arrived
 * (src/host-page-styles.ts), so that the page does not move down when it does.
 */
export const exitPageHeight = css`calc(2 * ${space1} + max(${targetMinSize}, ${buttonHeight}))`;

import {css} from 'lit';
import {colorFocus, colorFocusIndicator, colorFocusText, colorLink, targetMinSize} from '../generated/tokens.js';
import {configProblemStyles} from './config/config-problem-view.js';

/** Styles every element starts its `static styles` with. */
export const baseStyles = [
  configProblemStyles,
  css`
    :host([hidden]) {
      display: none !important;
    }
    /* A button that reads as a link: Change, Remove, Enter the address manually. */
    .link-button {
      min-height: ${targetMinSize};
      padding: 0;
      border: 0;
      background: none;
      font: inherit;
      color: ${colorLink};
      text-decoration: underline;
      cursor: pointer;
    }
    .link-button:focus-visible {
      outline: 3px solid transparent;
      color: ${colorFocusText};
      background: ${colorFocus};
      box-shadow: 0 4px 0 ${colorFocusIndicator};
      text-decoration: none;
    }
    /* Read by screen readers, not shown. */
    .visually-hidden {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      margin: 0 !important;
      padding: 0 !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }
  `,
];

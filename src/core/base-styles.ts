import {css} from 'lit';
import {configProblemStyles} from './config/config-problem-view.js';

/** Styles every element starts its `static styles` with. */
export const baseStyles = [
  configProblemStyles,
  css`
    :host([hidden]) {
      display: none !important;
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

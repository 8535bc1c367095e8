import {css, unsafeCSS} from 'lit';
import {
  borderWidthControl,
  colorFocus,
  colorFocusIndicator,
  colorFocusText,
  exitPageBackground,
  exitPageBackgroundHover,
  exitPageOverlay,
  exitPageText,
  fontFamily,
  fontSizeBody,
  fontWeightBold,
  space1,
  space2,
  space3,
  targetMinSize,
} from '../../generated/tokens.js';

/** The button's line height, on which the control's height depends (exit-page-height.ts). */
const buttonLineHeight = unsafeCSS('1.2');

/**
 * The button's height from its padding, one line of text and its border. Set as its minimum height too: WebKit
 * rounds a button's line down to whole pixels (46 px rather than 46.8), and the host page's style sheet reserves
 * exactly this (exit-page-height.ts); a longer text, or zoomed text, still makes it taller.
 */
export const buttonHeight = css`2 * ${space2} + ${buttonLineHeight} * ${fontSizeBody} + 2 * ${borderWidthControl}`;

// Sizes are in px, not rem: a host page that sets `html { font-size }` must
// not resize the control. Browser zoom still scales it.
export const exitPageStyles = css`
  :host {
    display: block;
    position: sticky;
    top: 0;
    z-index: 1000;
  }
  .exit-page {
    display: flex;
    justify-content: flex-end;
    padding-block: ${space1};
  }
  .button {
    box-sizing: border-box;
    min-height: max(${targetMinSize}, ${buttonHeight});
    min-width: ${targetMinSize};
    margin: 0;
    padding: ${space2} ${space3};
    border: ${borderWidthControl} solid transparent;
    border-radius: 0;
    font-family: ${fontFamily};
    font-size: ${fontSizeBody};
    font-weight: ${fontWeightBold};
    line-height: ${buttonLineHeight};
    text-align: center;
    color: ${exitPageText};
    background: ${exitPageBackground};
    box-shadow: 0 2px 0 ${colorFocusIndicator};
    cursor: pointer;
  }
  .button:hover {
    background: ${exitPageBackgroundHover};
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    color: ${colorFocusText};
    background: ${colorFocus};
    box-shadow: 0 4px 0 ${colorFocusIndicator};
  }
  /* On a narrow screen the control spans the width: easy to hit in a hurry. */
  @media (max-width: 40em) {
    .exit-page {
      display: block;
    }
    .button {
      width: 100%;
    }
  }
  .overlay {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: ${exitPageOverlay};
  }
  .overlay::backdrop {
    background: ${exitPageOverlay};
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;

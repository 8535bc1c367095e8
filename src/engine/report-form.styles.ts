import {css} from 'lit';
import {
  colorBackground,
  colorError,
  colorFocus,
  colorFocusIndicator,
  colorFocusText,
  colorLink,
  colorText,
  colorTextSecondary,
  fontFamily,
  fontSizeBody,
  fontWeightBold,
  space2,
  space3,
  space4,
  targetMinSize,
} from '../generated/tokens.js';

export const reportFormStyles = css`
  :host {
    display: block;
    max-width: 40em;
    font-family: ${fontFamily};
    font-size: ${fontSizeBody};
    line-height: 1.4;
    color: ${colorText};
    background: ${colorBackground};
  }
  .heading {
    font-size: 32px;
    line-height: 1.1;
    margin: 0 0 ${space4};
  }
  .heading-medium {
    font-size: 24px;
    margin: ${space4} 0 ${space2};
  }
  .heading:focus {
    outline: none;
  }
  /* A hand-off's link to the national service, in the shape of a start button: it is the page's one action. */
  .button.start {
    display: inline-block;
    text-decoration: none;
  }
  .back-link:focus-visible,
  .error-summary a:focus-visible {
    outline: 3px solid transparent;
    color: ${colorFocusText};
    background: ${colorFocus};
    box-shadow: 0 4px 0 ${colorFocusIndicator};
    text-decoration: none;
  }
  .back-link {
    min-height: ${targetMinSize};
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: ${colorLink};
    text-decoration: underline;
    cursor: pointer;
  }
  .back-link {
    margin-block-end: ${space3};
  }
  .emergency,
  .notice {
    margin-block: ${space4};
    padding: ${space3};
    border-inline-start: 10px solid ${colorError};
    background: ${colorBackground};
  }
  .emergency__title {
    font-size: 24px;
    font-weight: ${fontWeightBold};
    margin-block-start: 0;
  }
  /* The list's own width decides its columns, not the window's: a form in a page's narrow column stacks too. The
     form is never wider than 40em, so the list goes to columns from 30em (480 px), about what GOV.UK's list has
     at its 40em window breakpoint. */
  .summary {
    margin: 0 0 ${space4};
    container-type: inline-size;
  }
  .summary__row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: ${space2};
    padding-block: ${space2};
    border-block-end: 1px solid ${colorTextSecondary};
  }
  .summary__key {
    font-weight: ${fontWeightBold};
  }
  .summary__value,
  .summary__actions {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .summary__answer {
    white-space: pre-wrap;
  }
  .summary__empty {
    color: ${colorTextSecondary};
  }
  @container (max-width: 30em) {
    .summary__row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media print {
    .button,
    .back-link {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

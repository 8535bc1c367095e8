import {css} from 'lit';
import {
  colorBorderControl,
  colorBrand,
  colorError,
  colorFocus,
  colorTextSecondary,
  fontWeightBold,
  space2,
  space3,
  space4,
} from '../../generated/tokens.js';

/** The payment's own look: GOV.UK's summary list, confirmation panel and questions. */
export const paymentStyles = css`
  .title,
  .setback__title {
    margin: 0 0 ${space3};
    font-size: 27px;
  }
  .title:focus,
  .setback__title:focus {
    outline: none;
  }
  .summary-list {
    margin: 0 0 ${space4};
  }
  .summary-list__row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 ${space3};
    padding: ${space2} 0;
    border-block-end: 1px solid ${colorBorderControl};
  }
  .summary-list__row--total {
    font-weight: ${fontWeightBold};
  }
  .summary-list dt {
    flex: 1 1 12em;
  }
  .summary-list dd {
    margin: 0;
  }
  .reference-text {
    letter-spacing: 0.05em;
  }
  .setback {
    padding-inline-start: ${space3};
    border-inline-start: 5px solid ${colorError};
  }
  .question {
    margin-block-end: ${space4};
  }
  .choice__hint {
    margin: 0 0 ${space2};
    color: ${colorTextSecondary};
  }
  .input {
    box-sizing: border-box;
    width: 100%;
    max-width: 12em;
    min-height: 44px;
    padding: ${space2};
    border: 2px solid currentColor;
    font: inherit;
    text-transform: uppercase;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 ${space2};
    align-items: center;
    min-height: 44px;
  }
  .choice__hint {
    grid-column: 2;
  }
  input[type='radio'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: ${colorBrand};
  }
  input:focus-visible {
    outline: 3px solid ${colorFocus};
    outline-offset: 2px;
  }
`;

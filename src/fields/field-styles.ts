import {css} from 'lit';
import {
  borderWidthControl,
  colorFocus,
  colorFocusIndicator,
  fieldBackground,
  fieldBorder,
  fieldError,
  fieldHint,
  fieldLabel,
  fieldText,
  fontFamily,
  fontSizeBody,
  fontWeightBold,
  space1,
  space2,
  space4,
  targetMinSize,
} from '../generated/tokens.js';

/** What every field shares: label, hint, error, and the look of a control. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${space4};
    font-family: ${fontFamily};
    font-size: ${fontSizeBody};
    line-height: 1.3;
    color: ${fieldLabel};
  }
  .heading {
    margin: 0 0 ${space2};
  }
  /* A question with several controls: the question is the legend. */
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: ${fontWeightBold};
    color: ${fieldLabel};
    margin-block-end: ${space1};
  }
  .heading .label {
    font-size: 32px;
    line-height: 1.1;
  }
  .label {
    display: block;
    margin-block-end: ${space1};
    font-weight: ${fontWeightBold};
    color: ${fieldLabel};
  }
  .hint {
    margin-block-end: ${space2};
    color: ${fieldHint};
  }
  .error-message {
    margin: 0 0 ${space2};
    font-weight: ${fontWeightBold};
    color: ${fieldError};
  }
  :host(:state(user-invalid)) .wrapper {
    padding-inline-start: ${space2};
    border-inline-start: 5px solid ${fieldError};
  }
  .control {
    box-sizing: border-box;
    width: 100%;
    min-height: ${targetMinSize};
    margin: 0;
    padding: ${space1};
    font: inherit;
    color: ${fieldText};
    background: ${fieldBackground};
    border: ${borderWidthControl} solid ${fieldBorder};
    border-radius: 0;
  }
  :host(:state(user-invalid)) .control {
    border-color: ${fieldError};
  }
  .control:focus {
    outline: 3px solid ${colorFocus};
    outline-offset: 0;
    box-shadow: inset 0 0 0 ${borderWidthControl} ${colorFocusIndicator};
  }
  .control:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .control:focus {
      outline-color: Highlight;
    }
  }
`;

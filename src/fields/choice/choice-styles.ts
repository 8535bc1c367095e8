import {css} from 'lit';
import {
  borderWidthControl,
  colorFocus,
  colorFocusIndicator,
  fieldBackground,
  fieldBorder,
  fieldHint,
  fieldLabel,
  space2,
  space3,
} from '../../generated/tokens.js';

/** Radios and checkboxes: a large target for each option, the whole row clickable. */
export const choiceStyles = css`
  .legend {
    font-weight: bold;
    color: ${fieldLabel};
    margin-block-end: 5px;
  }
  .legend--heading {
    font-size: 32px;
    line-height: 1.1;
    margin-block-end: ${space2};
  }
  .options--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${space3};
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: ${space2};
    min-height: 44px;
    margin-block-end: ${space2};
  }
  .option input {
    flex: 0 0 auto;
    width: 32px;
    height: 32px;
    margin: 4px 0 0;
    accent-color: ${fieldBorder};
    background: ${fieldBackground};
    border: ${borderWidthControl} solid ${fieldBorder};
  }
  .option input:focus-visible {
    outline: 3px solid ${colorFocus};
    outline-offset: 2px;
    box-shadow: 0 0 0 6px ${colorFocusIndicator};
  }
  .option label {
    padding-block: 8px;
    cursor: pointer;
  }
  .option-hint {
    display: block;
    color: ${fieldHint};
  }
`;

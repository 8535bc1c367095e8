import {css} from 'lit';
import {
  colorBackgroundSubtle,
  colorBrand,
  colorFocus,
  colorFocusIndicator,
  colorFocusText,
  colorOnBrand,
  colorText,
  fontWeightBold,
  space2,
  space3,
  targetMinSize,
} from '../generated/tokens.js';

/** GOV.UK-style buttons in the force's colour: `.button`, and `.button--secondary` for the lesser action. */
export const buttonStyles = css`
  .button {
    min-height: ${targetMinSize};
    margin: ${space2} ${space2} ${space2} 0;
    padding: ${space2} ${space3};
    border: 2px solid transparent;
    border-radius: 0;
    font: inherit;
    font-weight: ${fontWeightBold};
    color: ${colorOnBrand};
    background: ${colorBrand};
    box-shadow: 0 2px 0 ${colorFocusIndicator};
    cursor: pointer;
  }
  .button--secondary {
    color: ${colorText};
    background: ${colorBackgroundSubtle};
  }
  .button:disabled {
    opacity: 0.5;
    cursor: progress;
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    color: ${colorFocusText};
    background: ${colorFocus};
    box-shadow: 0 4px 0 ${colorFocusIndicator};
    text-decoration: none;
  }
`;

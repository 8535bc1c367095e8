import {css} from 'lit';
import {colorBrand, colorOnBrand, space2, space4} from '../../generated/tokens.js';

/** GOV.UK's confirmation panel (a report sent, a payment received): `.panel`, `.panel__title`, `.reference`. */
export const confirmationPanelStyles = css`
  .panel {
    margin-block-end: ${space4};
    padding: ${space4};
    color: ${colorOnBrand};
    background: ${colorBrand};
    text-align: center;
  }
  .panel__title {
    margin: 0 0 ${space2};
    font-size: 36px;
  }
  .panel__title:focus {
    outline: none;
  }
  .reference {
    font-size: 28px;
    letter-spacing: 0.05em;
  }
  @media (forced-colors: active) {
    .panel {
      border: 2px solid CanvasText;
    }
  }
`;

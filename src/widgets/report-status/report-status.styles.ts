import {css} from 'lit';
import {
  colorBackgroundSubtle,
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

/** Following a report: GOV.UK's questions, a timeline, and a conversation. */
export const reportStatusStyles = css`
  .title {
    margin: 0 0 ${space3};
    font-size: 27px;
  }
  .title:focus {
    outline: none;
  }
  .subtitle {
    margin: ${space4} 0 ${space2};
    font-size: 21px;
  }
  .reference-text {
    letter-spacing: 0.05em;
  }
  .problem {
    margin: 0 0 ${space2};
    color: ${colorError};
    font-weight: ${fontWeightBold};
  }
  .input,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: ${space2};
    border: 2px solid currentColor;
    font: inherit;
  }
  .input {
    max-width: 16em;
  }
  .input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid ${colorFocus};
    outline-offset: 0;
  }
  .timeline,
  .messages {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .timeline li {
    padding: ${space2} 0 ${space2} ${space3};
    border-inline-start: 4px solid ${colorBorderControl};
  }
  .message {
    margin-block-end: ${space2};
    padding: ${space2};
    background: ${colorBackgroundSubtle};
    overflow-wrap: anywhere;
  }
  .message--force {
    border-inline-start: 4px solid ${colorBrand};
  }
  .message--person {
    border-inline-end: 4px solid ${colorTextSecondary};
  }
  .message__text {
    margin: ${space2} 0 0;
    white-space: pre-wrap;
  }
  .reply {
    margin-block-start: ${space4};
  }
  @media (forced-colors: active) {
    .message {
      border: 1px solid CanvasText;
    }
  }
`;

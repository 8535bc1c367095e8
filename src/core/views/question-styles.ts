import {css} from 'lit';
import {colorError, colorTextSecondary, fontWeightBold, space2, space3} from '../../generated/tokens.js';

/**
 * GOV.UK's questions as plain form controls in an element's own shadow root
 * (the payment's, the report status's sign-in): `.question` with its
 * `__label`, `__hint` and `__error`, `--error` when it has one.
 *
 * The live chat keeps its own copy (before-chat-view.ts) on purpose: shared
 * with it, this would be a chunk of its own, and the chat has no bytes to
 * spare for one (its size budget is 15 kB gzip beyond Lit; measured: +69 B).
 */
export const questionStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .question {
    margin-block-end: ${space3};
  }
  .question--error {
    padding-inline-start: ${space2};
    border-inline-start: 5px solid ${colorError};
  }
  .question__label {
    display: block;
    margin-block-end: ${space2};
    font-weight: ${fontWeightBold};
  }
  .question__hint {
    margin: 0 0 ${space2};
    color: ${colorTextSecondary};
  }
  .question__error {
    margin: 0 0 ${space2};
    color: ${colorError};
    font-weight: ${fontWeightBold};
  }
`;

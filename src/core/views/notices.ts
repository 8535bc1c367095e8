import {css, html, nothing, type TemplateResult} from 'lit';
import {colorError, colorFocus, fontWeightBold, space2, space3, space4} from '../../generated/tokens.js';
import type {Msg} from '../localize/translator.js';

/*
 * What a page says about its own state rather than its content, the same in every element: the error summary, one
 * error message, and loading. One module, so every element loads them together in one shared chunk.
 */

export interface FieldError {
  /** The field to focus. */
  field: HTMLElement;
  message: string;
}

/**
 * GOV.UK's error summary: at the top of the page, focused when shown, each
 * message a link that moves focus to its field. The links call the field's
 * `focus()`: a `#fragment` cannot reach inside a shadow root.
 */
export function renderErrorSummary(errors: ReadonlyArray<FieldError>, msg: Msg): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 class="error-summary__title" id="error-summary-title">
      ${msg('There is a problem', {id: 'engine.error-summary-title'})}
    </h2>
    <ul class="error-summary__list">
      ${errors.map(
        (error) =>
          html`<li>
            <a
              href="#"
              @click=${(event: Event) => {
                event.preventDefault();
                error.field.focus();
                error.field.scrollIntoView({block: 'center'});
              }}
              >${error.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

export const errorSummaryStyles = css`
  .error-summary {
    margin-block-end: ${space4};
    padding: ${space3};
    border: 5px solid ${colorError};
  }
  .error-summary:focus {
    outline: 3px solid ${colorFocus};
  }
  .error-summary__title {
    margin: 0 0 ${space2};
    font-size: 24px;
  }
  .error-summary__list {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .error-summary a {
    font-weight: ${fontWeightBold};
    color: ${colorError};
  }
`;

/**
 * The words of one error message, as GOV.UK writes them: a hidden "Error:" first, so a screen reader says what the
 * red text means, then the message. The caller wraps it in its own element, with the id the answer's
 * `aria-describedby` names.
 */
export function renderErrorMessage(message: string, msg: Msg): TemplateResult {
  return html`<span class="visually-hidden">${msg('Error:', {id: 'field.error-prefix'})}</span> ${message}`;
}

/**
 * Something is on its way (a service's pages, the chat's status, a report): a status, so a screen reader says it
 * once without moving focus.
 */
export function renderLoading(msg: Msg): TemplateResult {
  return html`<p role="status">${msg('Loading…', {id: 'engine.loading'})}</p>`;
}

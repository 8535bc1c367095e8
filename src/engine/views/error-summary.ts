import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';

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

import {html, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import type {SummaryRow} from '../summary.js';

/**
 * "Check your answers": each answer with a Change link back to its page
 * ("Not provided" where a question was skipped), then Send.
 */
export function renderCheckAnswers(
  rows: ReadonlyArray<SummaryRow>,
  change: (at: string) => void,
  sending: boolean,
  msg: Msg,
): TemplateResult {
  return html`<h1 class="heading" tabindex="-1">
      ${msg('Check your answers before sending your report', {id: 'engine.check.title'})}
    </h1>
    <dl class="summary" part="summary">
      ${rows.map(
        (row) =>
          html`<div class="summary__row">
            <dt class="summary__key">${row.label}</dt>
            <dd class="summary__value">
              ${row.answer || html`<span class="summary__empty">${msg('Not provided', {id: 'engine.check.not-provided'})}</span>`}
            </dd>
            <dd class="summary__actions">
              <button type="button" class="link-button" @click=${() => change(row.at)}>
                ${msg('Change', {id: 'engine.check.change'})}<span class="visually-hidden"> ${row.label}</span>
              </button>
            </dd>
          </div>`,
      )}
    </dl>
    <h2 class="heading-medium">${msg('Now send your report', {id: 'engine.check.send-title'})}</h2>
    <p>
      ${msg(
        'By sending this report you confirm that, to the best of your knowledge, the details you are giving are correct.',
        {
          id: 'engine.check.declaration',
        },
      )}
    </p>
    <button type="submit" class="button" part="button" ?disabled=${sending} aria-disabled=${sending ? 'true' : 'false'}>
      ${sending ? msg('Sending your report…', {id: 'engine.check.sending'}) : msg('Send report', {id: 'engine.check.send'})}
    </button>`;
}

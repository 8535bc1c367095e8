import {html, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import type {SummaryRow} from '../summary.js';
import type {SubmissionWords} from './submission-words.js';

/**
 * "Check your answers": each answer with a Change link back to its page
 * ("Not provided" where a question was skipped), then Send. While sending,
 * Send says so and is `aria-disabled`, never `disabled`: a disabled button
 * would drop the focus of whoever pressed it (the form ignores a second press).
 */
export function renderCheckAnswers(
  rows: ReadonlyArray<SummaryRow>,
  change: (at: string) => void,
  sending: boolean,
  words: SubmissionWords,
  msg: Msg,
): TemplateResult {
  return html`<h1 class="heading" tabindex="-1">${words.checkTitle}</h1>
    <dl class="summary" part="summary">
      ${rows.map((row) => {
        // Only the answer keeps its line breaks (summary__answer): the template's own spacing around it does not show.
        const kind = row.answer ? 'summary__answer' : 'summary__empty';
        const shown = row.answer || msg('Not provided', {id: 'engine.check.not-provided'});
        return html`<div class="summary__row">
          <dt class="summary__key">${row.label}</dt>
          <dd class="summary__value"><span class=${kind}>${shown}</span></dd>
          <dd class="summary__actions">
            <button type="button" class="link-button" @click=${() => change(row.at)}>
              ${msg('Change', {id: 'engine.check.change'})}<span class="visually-hidden"> ${row.label}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    <h2 class="heading-medium">${words.sendTitle}</h2>
    <p>${words.declaration}</p>
    <button type="submit" class="button" part="button" aria-disabled=${sending ? 'true' : 'false'}>
      ${sending ? words.sending : words.send}
    </button>`;
}

import {html, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import type {SubmissionWords} from './submission-words.js';

/**
 * The confirmation: the reference the endpoint gave, what happens next, and
 * a way to keep a copy (print, or a text file), except where the person may
 * be watched: then nothing is offered that would leave a trace.
 */
export function renderConfirmation(
  reference: string,
  whatHappensNext: string,
  copy: {print: () => void; download: () => void} | undefined,
  words: SubmissionWords,
  msg: Msg,
): TemplateResult {
  return html`<div class="panel" part="confirmation">
      <h1 class="panel__title" tabindex="-1">${words.sent}</h1>
      <p class="panel__body">
        ${msg('Your reference number', {id: 'engine.sent.reference'})}<br /><strong class="reference"
          >${reference}</strong
        >
      </p>
    </div>
    <p>${words.keep}</p>
    <h2 class="heading-medium">${msg('What happens next', {id: 'engine.sent.next'})}</h2>
    <p>${whatHappensNext}</p>
    <p>
      ${msg('If anything changes, or you remember more, call 101 and give your reference number. In an emergency, call 999.', {id: 'engine.sent.more'})}
    </p>
    ${
      copy
        ? html`<div class="button-group">
            <button type="button" class="button button--secondary" @click=${copy.print}>
              ${msg('Print a copy', {id: 'engine.sent.print'})}
            </button>
            <button type="button" class="button button--secondary" @click=${copy.download}>
              ${msg('Download a copy', {id: 'engine.sent.download'})}
            </button>
          </div>`
        : html`<p>
            ${msg('For your safety, nothing about this report has been kept on this device. Write the reference down somewhere safe, or remember it.', {id: 'engine.sent.no-copy'})}
          </p>`
    }`;
}

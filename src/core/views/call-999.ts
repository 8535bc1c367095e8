import {html, type TemplateResult} from 'lit';
import type {Msg} from '../localize/translator.js';

/**
 * Call 999 now, and how, for people who are deaf, hard of hearing or
 * speech-impaired: shown when someone says a person is in danger now.
 * `notFor` says what not to use instead (this form, this chat).
 */
export function renderCall999(msg: Msg, notFor: string): TemplateResult {
  return html`<div class="emergency" part="emergency" role="alert">
    <p class="emergency__title">${msg('Call 999 now', {id: 'engine.emergency.call'})}</p>
    <p>${notFor}</p>
    <ul>
      <li>
        ${msg('If you are deaf, hard of hearing or speech-impaired, use textphone 18000.', {id: 'engine.emergency.textphone'})}
      </li>
      <li>${msg('If you use British Sign Language, use 999 BSL, free, at any time.', {id: 'engine.emergency.bsl'})}</li>
      <li>${msg('If you have registered for emergencySMS, text 999.', {id: 'engine.emergency.sms'})}</li>
      <li>
        ${msg(
          'If you call 999 and cannot speak, stay on the line and press 55 when asked: this is the Silent Solution.',
          {
            id: 'engine.emergency.silent',
          },
        )}
      </li>
    </ul>
  </div>`;
}

import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';

/**
 * The first question of every report: is anyone in danger now? A yes stops
 * the form and says how to call for help, including for people who are
 * deaf, hard of hearing or speech-impaired.
 */
export function renderEmergencyQuestion(answer: string, msg: Msg): TemplateResult {
  return html`<soh-yes-no
      data-question="emergency"
      name="emergency"
      yes-label=${msg('Yes', {id: 'engine.emergency.yes'})}
      no-label=${msg('No', {id: 'engine.emergency.no'})}
      label=${msg('Is anyone in immediate danger, or is a crime happening now?', {id: 'engine.emergency.question'})}
      required
      required-message=${msg('Select yes if anyone is in immediate danger or a crime is happening now', {id: 'engine.emergency.required'})}
      hint=${msg('If it is not an emergency, you can carry on with this form, or call 101.', {id: 'engine.emergency.hint'})}
      heading-level="1"
      .value=${answer}
    ></soh-yes-no>
    ${answer === 'yes' ? renderCall999(msg) : nothing}`;
}

export function renderCall999(msg: Msg): TemplateResult {
  return html`<div class="emergency" part="emergency" role="alert">
    <p class="emergency__title">${msg('Call 999 now', {id: 'engine.emergency.call'})}</p>
    <p>${msg('Do not use this form. It is not for emergencies.', {id: 'engine.emergency.not-this-form'})}</p>
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

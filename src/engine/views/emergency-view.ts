import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import {renderCall999} from '../../core/views/call-999.js';

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
    ${
      answer === 'yes'
        ? renderCall999(
            msg,
            msg('Do not use this form. It is not for emergencies.', {id: 'engine.emergency.not-this-form'}),
          )
        : nothing
    }`;
}

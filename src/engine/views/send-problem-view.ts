import {str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {LocaleController} from '../../core/localize/locale-controller.js';
import type {SubmissionWords} from './submission-words.js';

export type SendProblem =
  {kind: 'retrying'; seconds: number} | {kind: 'gave-up'; reason: 'offline' | 'unavailable'} | {kind: 'refused'};

/**
 * What a person reads when their report has not gone yet: plainly, that it
 * has not been sent, that nothing they typed is lost, and what they can do.
 */
export function renderSendProblem(
  problem: SendProblem | undefined,
  forceName: string,
  words: SubmissionWords,
  i18n: LocaleController,
): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  const {msg} = i18n;
  if (problem.kind === 'retrying') {
    const {seconds} = problem;
    const retrying = i18n.plural(seconds, {
      zero: () =>
        msg(
          str`We could not reach the police yet. Your answers are safe on this device. Trying again in ${seconds} seconds.`,
          {id: 'engine.send.retrying.zero'},
        ),
      one: () =>
        msg('We could not reach the police yet. Your answers are safe on this device. Trying again in 1 second.', {
          id: 'engine.send.retrying.one',
        }),
      two: () =>
        msg(
          str`We could not reach the police yet. Your answers are safe on this device. Trying again in ${seconds} seconds.`,
          {id: 'engine.send.retrying.two'},
        ),
      few: () =>
        msg(
          str`We could not reach the police yet. Your answers are safe on this device. Trying again in ${seconds} seconds.`,
          {id: 'engine.send.retrying.few'},
        ),
      many: () =>
        msg(
          str`We could not reach the police yet. Your answers are safe on this device. Trying again in ${seconds} seconds.`,
          {id: 'engine.send.retrying.many'},
        ),
      other: () =>
        msg(
          str`We could not reach the police yet. Your answers are safe on this device. Trying again in ${seconds} seconds.`,
          {id: 'engine.send.retrying.other'},
        ),
    });
    return html`<div class="notice" part="send-problem" role="status"><p>${retrying}</p></div>`;
  }
  const heading = words.notSent;
  const why =
    problem.kind === 'refused'
      ? words.refused
      : problem.reason === 'offline'
        ? msg('Your device seems to be offline.', {id: 'engine.send.offline'})
        : msg(str`${forceName} is not answering at the moment.`, {id: 'engine.send.unavailable'});
  return html`<div class="error-summary" part="send-problem" tabindex="-1" role="alert">
    <h2 class="error-summary__title">${heading}</h2>
    <p>${why}</p>
    <p>
      ${msg('Your answers are still here. You can try again now, or later while this page is open.', {id: 'engine.send.kept'})}
    </p>
    <p>${msg('If you need to tell us now, call 101. In an emergency, call 999.', {id: 'engine.send.call'})}</p>
  </div>`;
}

import {str} from '@lit/localize';
import type {Msg} from '../../core/localize/translator.js';

/** The words that name what a person sends: a report, an application (firearms licensing), or feedback (a complaint or a compliment). */
export interface SubmissionWords {
  checkTitle: string;
  sendTitle: string;
  declaration: string;
  send: string;
  sending: string;
  sent: string;
  keep: string;
  notSent: string;
  refused: string;
}

/** The engine's words for sending, for what a service sends. */
export function submissionWords(
  sends: 'report' | 'application' | 'feedback',
  msg: Msg,
  forceName: string,
): SubmissionWords {
  if (sends === 'feedback') {
    return {
      checkTitle: msg('Check your answers before sending your feedback', {id: 'engine.feedback.check.title'}),
      sendTitle: msg('Now send your feedback', {id: 'engine.feedback.check.send-title'}),
      declaration: msg(
        'By sending this feedback you confirm that, to the best of your knowledge, the details you are giving are correct.',
        {id: 'engine.feedback.check.declaration'},
      ),
      send: msg('Send feedback', {id: 'engine.feedback.check.send'}),
      sending: msg('Sending your feedback…', {id: 'engine.feedback.check.sending'}),
      sent: msg('Feedback sent', {id: 'engine.feedback.sent.title'}),
      keep: msg('Keep this reference. You will need it if you contact us about your feedback.', {
        id: 'engine.feedback.sent.keep',
      }),
      notSent: msg('Your feedback has not been sent yet', {id: 'engine.feedback.send.not-sent'}),
      refused: msg(
        str`${forceName} could not accept your feedback. This is a problem on our side, not something you did.`,
        {id: 'engine.feedback.send.refused'},
      ),
    };
  }
  if (sends === 'application') {
    return {
      checkTitle: msg('Check your answers before sending your application', {id: 'engine.application.check.title'}),
      sendTitle: msg('Now send your application', {id: 'engine.application.check.send-title'}),
      declaration: msg(
        'By sending this application you confirm that, to the best of your knowledge, the details you are giving are correct.',
        {id: 'engine.application.check.declaration'},
      ),
      send: msg('Send application', {id: 'engine.application.check.send'}),
      sending: msg('Sending your application…', {id: 'engine.application.check.sending'}),
      sent: msg('Application sent', {id: 'engine.application.sent.title'}),
      keep: msg('Keep this reference. You will need it if you contact us about your application.', {
        id: 'engine.application.sent.keep',
      }),
      notSent: msg('Your application has not been sent yet', {id: 'engine.application.send.not-sent'}),
      refused: msg(
        str`${forceName} could not accept your application. This is a problem on our side, not something you did.`,
        {id: 'engine.application.send.refused'},
      ),
    };
  }
  return {
    checkTitle: msg('Check your answers before sending your report', {id: 'engine.check.title'}),
    sendTitle: msg('Now send your report', {id: 'engine.check.send-title'}),
    declaration: msg(
      'By sending this report you confirm that, to the best of your knowledge, the details you are giving are correct.',
      {id: 'engine.check.declaration'},
    ),
    send: msg('Send report', {id: 'engine.check.send'}),
    sending: msg('Sending your report…', {id: 'engine.check.sending'}),
    sent: msg('Report sent', {id: 'engine.sent.title'}),
    keep: msg('Keep this reference. You will need it if you contact us about your report.', {id: 'engine.sent.keep'}),
    notSent: msg('Your report has not been sent yet', {id: 'engine.send.not-sent'}),
    refused: msg(
      str`${forceName} could not accept your report. This is a problem on our side, not something you did.`,
      {id: 'engine.send.refused'},
    ),
  };
}

import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import {MAX_REPLY_LENGTH, type ReportStatus, type ReportUpdate, type ReportView} from '../../contract/follow.js';
import {renderErrorMessage} from '../../core/views/notices.js';

/** The sign-in form's two questions, by name. */
export type SignInQuestion = 'reference' | 'code';

/** Asks for the reference and the access code, with GOV.UK's error messages. */
export function renderSignIn(
  msg: Msg,
  errors: Partial<Record<SignInQuestion, string>>,
  problem: string,
  onSubmit: (event: SubmitEvent) => void,
): TemplateResult {
  const field = (name: SignInQuestion, label: string, hint: string) =>
    html`<div class="question ${errors[name] ? 'question--error' : ''}">
      <label class="question__label" for=${name}>${label}</label>
      <p class="question__hint" id="${name}-hint">${hint}</p>
      ${
        errors[name]
          ? html`<p class="question__error" id="${name}-error">${renderErrorMessage(errors[name], msg)}</p>`
          : nothing
      }
      <input
        class="input"
        id=${name}
        name=${name}
        autocomplete="off"
        spellcheck="false"
        autocapitalize="characters"
        aria-describedby=${errors[name] ? `${name}-hint ${name}-error` : `${name}-hint`}
        aria-invalid=${errors[name] ? 'true' : nothing}
      />
    </div>`;
  return html`<form novalidate @submit=${onSubmit}>
    ${field('reference', msg('Reference number', {id: 'status.reference'}), msg('For example, HXR7-3KQ9', {id: 'status.reference.hint'}))}
    ${field('code', msg('Access code', {id: 'status.code'}), msg('The 12-character code you were given when you chose to follow the report', {id: 'status.code.hint'}))}
    ${problem ? html`<p class="problem" role="alert" tabindex="-1">${problem}</p>` : nothing}
    <button class="button">${msg('View your report', {id: 'status.sign-in'})}</button>
  </form>`;
}

function statusWords(msg: Msg, status: ReportStatus | undefined): string {
  switch (status) {
    case 'received':
      return msg('Report received', {id: 'status.received'});
    case 'assessed':
      return msg('Report assessed', {id: 'status.assessed'});
    case 'crime-reference':
      return msg('Crime reference given', {id: 'status.crime-reference'});
    case 'officer-assigned':
      return msg('An officer is dealing with it', {id: 'status.officer-assigned'});
    default:
      return msg('Closed', {id: 'status.closed'});
  }
}

/**
 * The report as the person may see it on any device: the timeline of its
 * statuses and the conversation, with dates. Messages are a polite live log
 * (a new one is read out once); everything anyone wrote is shown as text.
 */
export function renderReport(
  msg: Msg,
  locale: string,
  report: ReportView,
  on: {reply: (event: SubmitEvent) => void; signOut: () => void},
  replyProblem: string,
  evidence: TemplateResult | typeof nothing,
): TemplateResult {
  const date = new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London'});
  const when = (update: ReportUpdate) => html`<time datetime=${update.at}>${date.format(new Date(update.at))}</time>`;
  const statuses = report.updates.filter((update) => update.kind === 'status');
  // Messages are only ever added at the end: a plain map keeps the ones shown, so only a new one is read out.
  const messages = report.updates.filter((update) => update.kind === 'message');
  return html`<h2 class="title" tabindex="-1">
      ${msg('Your report', {id: 'status.title'})} <span class="reference-text">${report.reference}</span>
    </h2>
    <h3 class="subtitle">${msg('What has happened', {id: 'status.timeline'})}</h3>
    <ol class="timeline" part="timeline">
      ${statuses.map(
        (update) =>
          html`<li>
            <strong>${statusWords(msg, update.status)}</strong>${update.text ? html`: ${update.text}` : nothing}
            <br />${when(update)}
          </li>`,
      )}
    </ol>
    <h3 class="subtitle">${msg('Messages', {id: 'status.messages'})}</h3>
    <div role="log" aria-live="polite" aria-label=${msg('Messages', {id: 'status.messages'})}>
      ${messages.length === 0 ? html`<p>${msg('No messages yet.', {id: 'status.no-messages'})}</p>` : nothing}
      <ol class="messages" part="messages">
        ${messages.map(
          (update) =>
            html`<li class="message message--${update.from}">
              <strong
                >${update.from === 'force' ? msg('From us', {id: 'status.from-force'}) : msg('You', {id: 'status.from-you'})}</strong
              >
              ${when(update)}
              <p class="message__text">${update.text}</p>
            </li>`,
        )}
      </ol>
    </div>
    ${
      report.closed
        ? html`<p>
            ${msg('This report is closed. If anything changes, call 101 and give your reference.', {id: 'status.closed-body'})}
          </p>`
        : html`<form class="reply" novalidate @submit=${on.reply}>
              <label class="question__label" for="reply"
                >${msg('Reply or add information', {id: 'status.reply'})}</label
              >
              <p class="question__hint" id="reply-hint">
                ${msg('Do not use this in an emergency: call 999.', {id: 'status.reply.hint'})}
              </p>
              ${replyProblem ? html`<p class="problem" role="alert" id="reply-problem">${replyProblem}</p>` : nothing}
              <textarea
                id="reply"
                name="reply"
                rows="4"
                maxlength=${MAX_REPLY_LENGTH}
                aria-describedby="reply-hint"
              ></textarea>
              <button class="button">${msg('Send', {id: 'status.send'})}</button>
            </form>
            <h3 class="subtitle">${msg('Send photos or video', {id: 'status.evidence'})}</h3>
            ${evidence}`
    }
    <button type="button" class="button button--secondary" @click=${on.signOut}>
      ${msg('Sign out', {id: 'status.sign-out'})}
    </button>`;
}

import {html, nothing, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {buttonStyles} from '../../core/button-styles.js';
import type {ConfigSetting} from '../../core/config/resolve-config.js';
import {intlLocale} from '../../core/localize/locales.js';
import {baseStyles, SohElement} from '../../core/soh-element.js';
import {hostTypography} from '../../core/host-typography.js';
import {errorSummaryStyles, renderErrorSummary, type FieldError, renderLoading} from '../../core/views/notices.js';
import {questionStyles} from '../../core/views/question-styles.js';
import {readReport, sendReply, type StatusAnswer} from './status-client.js';
import type {ReportView} from '../../contract/follow.js';
import {renderReport, renderSignIn, type SignInQuestion} from './status-views.js';
import {reportStatusStyles} from './report-status.styles.js';
import {FocusAfterUpdate} from '../../core/focus-after-update.js';

/** How often an open report asks for news (while the page is visible). */
const POLL_MS = 15_000;
/** Asked to wait this long or less (the report is being guessed at), signing in waits and tries again by itself. */
const WAIT_BY_ITSELF_SECONDS = 10;
const WAITS_BY_ITSELF = 3;

/** Where focus goes after a change: what went wrong first, else the page's heading. */
const firstProblemOrHeading = (root: HTMLElement | DocumentFragment) =>
  root.querySelector<HTMLElement>('.error-summary') ??
  root.querySelector<HTMLElement>('.problem') ??
  root.querySelector<HTMLElement>('[tabindex="-1"]');

/**
 * Follow a report: the person types its reference and the access code they
 * were given when they chose to follow it, and sees what has happened to the
 * report and the force's messages, and can reply. Neither is ever read from
 * or put in the page's address (the browser's history keeps every address,
 * and nothing on the page can clear it). It shows no personal data from the
 * report (the device may be shared or watched), keeps the code in memory
 * only (a reload asks again; nothing is stored), and asks for news every 15
 * seconds while the page is visible (only what is new since the last update
 * shown), reading new messages out politely. Photos and video go through
 * `<soh-media-upload>`, with the report's reference. Wrong codes are limited
 * by the endpoint; when it asks to wait a few seconds, signing in waits and
 * tries again by itself.
 *
 * @summary Follow a report: its status, the force's messages, and a reply, with the reference and a private code.
 * @tag soh-report-status
 *
 * @csspart timeline - The report's statuses, with dates.
 * @csspart messages - The conversation.
 * @csspart error-summary - The list of problems with what was typed.
 * @csspart config-problem - Shown instead when the element is not set up (no endpoint).
 *
 * @cssprop --soh-color-brand - The buttons and the force's messages.
 */
export class SohReportStatus extends SohElement {
  static override styles = [
    baseStyles,
    hostTypography,
    buttonStyles,
    errorSummaryStyles,
    questionStyles,
    reportStatusStyles,
  ];
  protected static override configNeeds: ReadonlyArray<ConfigSetting> = ['endpoint'];

  @state() private report?: ReportView;
  @state() private errors: FieldError[] = [];
  @state() private questionErrors: Partial<Record<SignInQuestion, string>> = {};
  @state() private problem = '';
  @state() private replyProblem = '';

  /** In memory only. */
  private access?: {reference: string; code: string};
  private poll?: ReturnType<typeof setInterval>;
  private readonly focusAfter = new FocusAfterUpdate(this);

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    this.stopPolling();
    document.removeEventListener('visibilitychange', this.onVisibility);
    super.disconnectedCallback();
  }

  private async open(): Promise<void> {
    const access = this.access!;
    this.startPolling();
    const read = () => readReport(this.config.endpoint!, access.reference, access.code);
    let answer = await read();
    for (
      let tries = 0;
      answer.kind === 'wait' && answer.seconds <= WAIT_BY_ITSELF_SECONDS && tries < WAITS_BY_ITSELF;
      tries++
    ) {
      const {seconds} = answer;
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      if (this.access !== access) return;
      answer = await read();
    }
    if (this.access !== access) return;
    if (answer.kind === 'ok') {
      this.problem = '';
      this.report = answer.value;
      this.focusAfter.request(firstProblemOrHeading);
      // Evidence for the report goes through the upload element, loaded only now.
      void import('../../fields/media-upload/soh-media-upload.js');
      return;
    }
    this.signOut(this.problemWords(answer));
  }

  /** Asks for what is new since the last update shown; a new message is added to the log, and read out. */
  private readonly refresh = async () => {
    const access = this.access;
    if (!access || !this.report || document.hidden) return;
    const answer = await readReport(this.config.endpoint!, access.reference, access.code, this.report);
    if (this.access !== access) return;
    if (answer.kind === 'ok') this.report = answer.value;
    // A code revoked meanwhile: back to the start, saying why. Anything else passes: the next poll asks again.
    else if (answer.kind === 'wrong-code') this.signOut(this.problemWords(answer));
  };

  private readonly onVisibility = () => {
    if (!document.hidden) void this.refresh();
  };

  private startPolling(): void {
    this.stopPolling();
    this.poll = setInterval(this.refresh, POLL_MS);
  }

  private stopPolling(): void {
    clearInterval(this.poll);
    this.poll = undefined;
  }

  private signOut(problem = ''): void {
    this.stopPolling();
    this.access = undefined;
    this.report = undefined;
    this.problem = problem;
    this.focusAfter.request(firstProblemOrHeading);
  }

  private problemWords(answer: StatusAnswer<unknown>): string {
    const {msg} = this.i18n;
    if (answer.kind === 'wrong-code')
      return msg('The reference number or access code is not right. Check both and try again.', {
        id: 'status.wrong-code',
      });
    if (answer.kind === 'locked')
      return msg(
        'There have been too many wrong codes from this device or network. For the report’s safety, try again later. If you need help now, call 101.',
        {id: 'status.locked-here'},
      );
    if (answer.kind === 'wait')
      return msg('We are checking codes more slowly for this report. Wait a few seconds, then try again.', {
        id: 'status.wait',
      });
    return msg('We could not reach the service. Check your internet connection and try again.', {
      id: 'status.unreachable',
    });
  }

  private readonly onSignIn = (event: SubmitEvent) => {
    event.preventDefault();
    const {msg} = this.i18n;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const reference = String(data.get('reference') ?? '')
      .trim()
      .toUpperCase();
    const code = String(data.get('code') ?? '').trim();
    const errors: Partial<Record<SignInQuestion, string>> = {};
    if (!reference) errors.reference = msg('Enter your reference number', {id: 'status.reference.required'});
    if (!code) errors.code = msg('Enter your access code', {id: 'status.code.required'});
    this.questionErrors = errors;
    this.errors = (Object.entries(errors) as Array<[SignInQuestion, string]>).map(([name, message]) => ({
      field: form.querySelector<HTMLElement>(`[name="${name}"]`)!,
      message,
    }));
    this.problem = '';
    if (this.errors.length > 0) {
      this.focusAfter.request(firstProblemOrHeading);
      return;
    }
    this.access = {reference, code};
    void this.open();
  };

  private readonly onReply = async (event: SubmitEvent) => {
    event.preventDefault();
    const {msg} = this.i18n;
    const box = (event.target as HTMLFormElement).querySelector('textarea')!;
    const text = box.value.trim();
    if (!text || !this.access) {
      this.replyProblem = msg('Write your message', {id: 'status.reply.required'});
      return;
    }
    const answer = await sendReply(this.config.endpoint!, this.access.reference, this.access.code, text);
    if (answer.kind !== 'ok') {
      // Kept in the box, to send again.
      this.replyProblem =
        answer.kind === 'closed'
          ? msg('This report is closed: your message was not sent. Call 101.', {id: 'status.reply.closed'})
          : msg('Your message was not sent. Try again, or call 101.', {id: 'status.reply.failed'});
      return;
    }
    this.replyProblem = '';
    box.value = '';
    await this.refresh();
  };

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    if (this.report)
      return renderReport(
        msg,
        intlLocale(this.i18n.locale),
        this.report,
        {reply: (event) => void this.onReply(event), signOut: () => this.signOut()},
        this.replyProblem,
        // The upload is in this element's shadow root: it is handed the settings this element works with.
        html`<soh-media-upload
          reference=${this.report.reference}
          endpoint=${this.config.endpoint!.href}
          force=${this.config.forceId ?? nothing}
        ></soh-media-upload>`,
      );
    return html`${renderErrorSummary(this.errors, msg)}
      <h2 class="title" tabindex="-1">${msg('Follow your report', {id: 'status.heading'})}</h2>
      ${this.access && !this.problem ? renderLoading(msg) : renderSignIn(msg, this.questionErrors, this.problem, this.onSignIn)}`;
  }
}

import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {baseStyles, SohElement} from '../core/soh-element.js';
import type {ConfigSetting} from '../core/config/resolve-config.js';
import {memoryOutbox, sessionOutbox} from '../core/transport/outbox.js';
import {SubmissionSender, type SendOutcome} from '../core/transport/submission-sender.js';
import '../fields/address/soh-address.js';
import '../fields/choice/soh-checkboxes.js';
import '../fields/choice/soh-radios.js';
import '../fields/choice/soh-yes-no.js';
import '../fields/date-input/soh-date-input.js';
import type {SohField} from '../fields/field-element.js';
import '../fields/text-field/soh-text-field.js';
import '../fields/textarea/soh-textarea.js';
import '../fields/time-input/soh-time-input.js';
import {serviceLoaders} from '../generated/service-loaders.js';
import {isoWithOffset} from '../sdm/submission.js';
import {formatAnswer, type Language} from './answer-format.js';
import type {Answers, Bilingual, Page} from './definition.js';
import {DraftStore} from './draft.js';
import {answersInJourney, nextPage, pagesInJourney, previousPage, questionsOnPage} from './journey.js';
import {reportFormStyles} from './report-form.styles.js';
import {SohReportSentEvent} from './report-sent-event.js';
import type {ServiceModule} from './service-module.js';
import {renderCheckAnswers, type SummaryRow} from './views/check-answers-view.js';
import {renderConfirmation} from './views/confirmation-view.js';
import {renderEmergencyQuestion} from './views/emergency-view.js';
import {renderErrorSummary, type FieldError} from './views/error-summary.js';
import {renderQuestion} from './views/question-view.js';
import {renderSendProblem, type SendProblem} from './views/send-problem-view.js';

const EMERGENCY = 'emergency';
const CHECK = 'check';
const SENT = 'sent';

/**
 * A report to the police, page by page, as GOV.UK forms work: the emergency
 * question first; one question (or a few related ones) per page with the
 * question as the heading; Back without losing answers; an error summary
 * that takes focus; check your answers with Change links; then sending, with
 * retries that never lose or double a report, and a confirmation with the
 * reference the force's endpoint gives.
 *
 * The service is data, in its folder under `src/services/`, loaded when the
 * element first needs it. Answers survive a reload (sessionStorage) unless
 * the service keeps nothing on the device.
 *
 * @summary A multi-page report form that sends the force a Standard Data Model document.
 * @tag soh-report-form
 *
 * @event soh-report-sent - The endpoint stored the report. `detail`: `{service, reference}`.
 *
 * @csspart error-summary - The list of problems at the top of a page.
 * @csspart summary - The check-answers list.
 * @csspart confirmation - The panel with the reference.
 * @csspart emergency - What to do in an emergency.
 * @csspart send-problem - What to do when the report has not been sent yet.
 * @csspart button - The main buttons (Continue, Send report).
 * @csspart config-problem - The message shown instead of the form when its configuration cannot work.
 *
 * @cssprop --soh-color-brand - The buttons and the confirmation panel.
 * @cssprop --soh-color-on-brand - Text on them.
 * @cssprop --soh-color-error - The error summary and emergency box.
 * @cssprop --soh-color-link - Links and link-like buttons.
 */
export class SohReportForm extends SohElement {
  static override styles = [baseStyles, reportFormStyles];
  protected static override configNeeds: ReadonlyArray<ConfigSetting> = ['force', 'endpoint'];

  /** Which service: the name of its folder under `src/services/` (`crime`). */
  @property() service = '';

  @state() private module?: ServiceModule;
  @state() private unknownService = false;
  @state() private answers: Record<string, Answers[string]> = {};
  /** The page shown: `emergency`, a page id, `check` or `sent`. */
  @state() private at = EMERGENCY;
  @state() private errors: FieldError[] = [];
  @state() private sending = false;
  @state() private sendProblem?: SendProblem;
  @state() private reference = '';
  /** Set by a Change link: Continue goes back to check your answers. */
  @state() private returnToCheck = false;
  @state() private announcement = '';

  @query('form') private formElement?: HTMLFormElement;

  private draft?: DraftStore;
  private sender?: SubmissionSender;
  private focusNext?: 'heading' | 'errors' | 'problem';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('service')) void this.loadService();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusNext;
    if (!target) return;
    this.focusNext = undefined;
    void this.moveFocus(target);
  }

  private async loadService(): Promise<void> {
    const loader = serviceLoaders[this.service];
    this.unknownService = !loader;
    if (!loader) {
      console.error(
        `[soh-elements] <soh-report-form>: no service "${this.service}". Known: ${Object.keys(serviceLoaders).join(', ')}.`,
      );
      return;
    }
    const module = await loader();
    this.draft = new DraftStore(module.definition.id, module.definition.draft);
    const saved = this.draft.read();
    if (saved) {
      this.answers = {...saved.answers};
      this.at = saved.at;
    }
    this.module = module;
  }

  private pick = (text: Bilingual): string => this.i18n.bilingual(text);

  private get language(): Language {
    return this.i18n.locale === 'cy' ? 'cy' : 'en';
  }

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    if (this.unknownService) {
      return html`<div class="notice" part="config-problem">
        <p>
          ${msg('This form is not available here. To contact the police, call 101. In an emergency, call 999.', {id: 'engine.unknown-service'})}
        </p>
      </div>`;
    }
    const module = this.module;
    if (!module) return html`<p role="status">${msg('Loading…', {id: 'engine.loading'})}</p>`;
    if (this.at === SENT) {
      return html`${renderConfirmation(this.reference, this.pick(module.definition.whatHappensNext), {print: () => window.print(), download: () => this.downloadCopy()}, msg)}
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>`;
    }
    return html`<div class="report-form">
      ${this.at === EMERGENCY ? nothing : html`<button type="button" class="back-link" @click=${this.back}>${msg('Back', {id: 'engine.back'})}</button>`}
      ${renderErrorSummary(this.errors, msg)}
      ${renderSendProblem(this.sendProblem, this.config.force?.name ?? '', this.i18n)}
      <form novalidate @submit=${this.onSubmit} @input=${this.onAnswer} @change=${this.onAnswer}>
        ${this.renderStep(module)}
      </form>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderStep(module: ServiceModule): TemplateResult {
    const {msg} = this.i18n;
    const continueButton = html`<button type="submit" class="button" part="button">
      ${msg('Continue', {id: 'engine.continue'})}
    </button>`;
    if (this.at === EMERGENCY) {
      const answer = String(this.answers[EMERGENCY] ?? '');
      return html`${renderEmergencyQuestion(answer, msg)} ${answer === 'yes' ? nothing : continueButton}`;
    }
    if (this.at === CHECK)
      return renderCheckAnswers(
        this.summaryRows(module, this.pick, this.language),
        (pageId) => this.change(pageId),
        this.sending,
        msg,
      );
    const page = module.definition.pages.find((candidate) => candidate.id === this.at);
    if (!page) return html`${continueButton}`;
    const questions = questionsOnPage(page, this.answers);
    const single = questions.length === 1 && !page.title;
    return html`${page.title ? html`<h1 class="heading" tabindex="-1">${this.pick(page.title)}</h1>` : nothing}
    ${page.intro ? html`<p>${this.pick(page.intro)}</p>` : nothing}
    ${questions.map((question) => renderQuestion(question, this.answers[question.id], this.pick, single ? 1 : 0))}
    ${continueButton}`;
  }

  /** The answers as rows, in the words `pick` chooses (the page's language, or English for the skeleton payload). */
  private summaryRows(module: ServiceModule, pick: (text: Bilingual) => string, language: Language): SummaryRow[] {
    return pagesInJourney(module.definition, this.answers).flatMap((page) =>
      questionsOnPage(page, this.answers).map((question) => ({
        label: pick(question.summaryLabel ?? question.label),
        answer: formatAnswer(question, this.answers[question.id], language, pick),
        pageId: page.id,
      })),
    );
  }

  private onAnswer(event: Event): void {
    const field = event.target as SohField<Answers[string]> | null;
    const id = field?.dataset?.question;
    if (!id) return;
    const value = field.value;
    this.answers = {
      ...this.answers,
      [id]: Array.isArray(value) ? [...value] : typeof value === 'object' ? {...value} : value,
    };
    this.saveDraft();
  }

  private saveDraft(): void {
    this.draft?.write({answers: this.answers, at: this.at});
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const module = this.module;
    if (!module) return;
    if (this.at === CHECK) {
      void this.send(module);
      return;
    }
    const fields = [...(this.formElement?.querySelectorAll<SohField<unknown>>('[data-question]') ?? [])];
    // checkValidity() fires `invalid` on each failing field, which shows its own message.
    const failing = fields.filter((field) => !field.checkValidity());
    this.errors = failing.map((field) => ({field, message: field.validationMessage}));
    if (failing.length > 0) {
      this.focusNext = 'errors';
      return;
    }
    if (this.at === EMERGENCY) {
      this.goTo(pagesInJourney(module.definition, this.answers)[0]?.id ?? CHECK);
      return;
    }
    const next = nextPage(module.definition, this.answers, this.at);
    this.goTo(this.returnToCheck && this.journeyComplete(module) ? CHECK : (next?.id ?? CHECK));
  }

  /** Every required question on the path has an answer: Change can return straight to the check page. */
  private journeyComplete(module: ServiceModule): boolean {
    return pagesInJourney(module.definition, this.answers).every((page: Page) =>
      questionsOnPage(page, this.answers).every(
        (question) => !question.required || answersInJourney(module.definition, this.answers)[question.id],
      ),
    );
  }

  private goTo(at: string): void {
    this.at = at;
    this.errors = [];
    if (at === CHECK) this.returnToCheck = false;
    this.focusNext = 'heading';
    this.saveDraft();
  }

  private back(): void {
    const module = this.module;
    if (!module) return;
    this.sendProblem = undefined;
    if (this.at === CHECK) {
      const pages = pagesInJourney(module.definition, this.answers);
      this.goTo(pages.at(-1)?.id ?? EMERGENCY);
      return;
    }
    this.goTo(previousPage(module.definition, this.answers, this.at)?.id ?? EMERGENCY);
  }

  private change(pageId: string): void {
    this.returnToCheck = true;
    this.at = pageId;
    this.errors = [];
    this.focusNext = 'heading';
    this.saveDraft();
  }

  private async send(module: ServiceModule): Promise<void> {
    if (this.sending) return;
    const {force, endpoint} = this.config;
    if (!force || !endpoint) return;
    this.sending = true;
    this.sendProblem = undefined;
    this.announcement = this.i18n.msg('Sending your report…', {id: 'engine.check.sending'});
    this.sender ??= new SubmissionSender({
      endpoint,
      outbox: module.definition.draft === 'session' ? sessionOutbox(module.definition.id) : memoryOutbox(),
      onRetry: ({delayMs}) => (this.sendProblem = {kind: 'retrying', seconds: Math.max(1, Math.round(delayMs / 1000))}),
    });
    let outcome: SendOutcome;
    try {
      // After a reload mid-send, the outbox already holds the report as first sent: send that, with its key.
      outcome = await this.sender.send(
        this.sender.pending ? undefined : this.buildDocument(module, force.nationalCode),
      );
    } catch (error) {
      // The answers did not fit the service's schema: a fault in the definition, not the person's.
      console.error('[soh-elements] <soh-report-form>: could not build the report.', error);
      outcome = {kind: 'refused', status: 0, errors: []};
    }
    this.sending = false;
    this.showOutcome(module, outcome);
  }

  private buildDocument(module: ServiceModule, forceCode: string): unknown {
    const kept = Object.fromEntries(
      Object.entries(answersInJourney(module.definition, this.answers)).filter(
        ([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0),
      ),
    );
    const answers = module.schema.parse(kept);
    return module.toSdm(answers, {
      forceCode,
      submissionId: crypto.randomUUID(),
      submitTime: isoWithOffset(new Date()),
      userAgent: navigator.userAgent,
      submissionContent: this.plainText(module, 'en'),
    });
  }

  private showOutcome(module: ServiceModule, outcome: SendOutcome): void {
    const {msg} = this.i18n;
    if (outcome.kind === 'sent') {
      this.reference = outcome.customerReferenceNumber;
      this.draft?.clear();
      this.at = SENT;
      this.announcement = msg('Report sent', {id: 'engine.sent.title'});
      this.focusNext = 'heading';
      this.emit(new SohReportSentEvent({service: module.definition.id, reference: this.reference}));
      return;
    }
    this.sendProblem = outcome.kind === 'refused' ? {kind: 'refused'} : {kind: 'gave-up', reason: outcome.reason};
    this.announcement = msg('Your report has not been sent yet', {id: 'engine.send.not-sent'});
    this.focusNext = 'problem';
  }

  /** The report as plain text: the skeleton payload, and the copy a person keeps. */
  private plainText(module: ServiceModule, language: Language): string {
    const pick = language === 'en' ? (text: Bilingual) => text.en : this.pick;
    const lines = [module.definition.title[language], ''];
    if (this.reference) lines.push(`${language === 'cy' ? 'Cyfeirnod' : 'Reference'}: ${this.reference}`, '');
    for (const row of this.summaryRows(module, pick, language)) lines.push(`${row.label}: ${row.answer || '-'}`);
    return lines.join('\n');
  }

  private downloadCopy(): void {
    const module = this.module;
    if (!module) return;
    const url = URL.createObjectURL(
      new Blob([this.plainText(module, this.language)], {type: 'text/plain;charset=utf-8'}),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `${module.definition.id}-report-${this.reference}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async moveFocus(target: 'heading' | 'errors' | 'problem'): Promise<void> {
    const root = this.renderRoot;
    if (target === 'errors' || target === 'problem') {
      root.querySelector<HTMLElement>(target === 'errors' ? '.error-summary' : '[part="send-problem"]')?.focus();
      return;
    }
    const heading = root.querySelector<HTMLElement>('h1[tabindex]');
    if (heading) {
      heading.focus();
      return;
    }
    // A one-question page: its question is the heading, inside the field.
    const field = root.querySelector<SohField<unknown>>('[data-question]');
    await field?.updateComplete;
    field?.focusHeading();
  }
}

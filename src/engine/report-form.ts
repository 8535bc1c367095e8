import {downloadText} from '../core/download-text.js';
import {loadForces} from '../forces/load-forces.js';
import {ConfigHandOn} from '../core/config/config-hand-on.js';
import {str} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import type {ConfigSetting} from '../core/config/resolve-config.js';
import {baseStyles, SohElement} from '../core/soh-element.js';
import {memoryOutbox, sessionOutbox} from '../core/transport/outbox.js';
import type {SendOutcome} from '../core/transport/submission-sender.js';
import type {SohForceChosenEvent} from '../core/force-chosen-event.js';
import {renderConfigProblems} from '../core/config/config-problem-view.js';
import {webAddress} from '../core/safe-url.js';
import '../fields/choice/soh-yes-no.js';
import type {SohField} from '../fields/field-element.js';
import {serviceLoaders} from '../generated/service-loaders.js';
import {kindsAskedByOpening, opensOnEmergencyQuestion} from '../generated/service-openings.js';
import type {Language} from './answer-format.js';
import type {Answers, Bilingual, RepeatPage, ServiceDefinition} from './definition.js';
import {DraftStore, hasStoredDraft} from './draft.js';
import {loadFieldKinds, loadFieldsFor} from './field-loaders.js';
import {itemsOf, questionsOnPage} from './journey.js';
import {mayBeWatched} from './may-be-watched.js';
import {firstStep} from './navigation.js';
import {reportFormStyles} from './report-form.styles.js';
import {SohReportSentEvent} from '../core/report-sent-event.js';
import type {ServiceModule, ServiceSending} from './service-module.js';
import type {HandOff} from './hand-off.js';
import {renderHandOff} from './views/hand-off-view.js';
import {renderLoadProblem} from './views/load-problem-view.js';
import {exitControlShown, renderExitControl} from './views/exit-control-view.js';
import {ReportSending, type PreparedReport} from './report-sending.js';
import {ReportJourney} from './report-journey.js';
import {reportDocument, reportText, type FinishedReport} from './report-document.js';
import {FollowOffer, followOffered} from './follow-offer.js';
import {EMERGENCY, itemStep, type Step} from './steps.js';
import {describeItem, summaryRows} from './summary.js';
import {renderCheckAnswers} from './views/check-answers-view.js';
import {renderConfirmation} from './views/confirmation-view.js';
import {renderEmergencyQuestion} from './views/emergency-view.js';
import {confirmationPanelStyles} from '../core/views/confirmation-panel-styles.js';
import {errorSummaryStyles, renderErrorSummary, type FieldError, renderLoading} from '../core/views/notices.js';
import {buttonStyles} from '../core/button-styles.js';
import {renderQuestion} from './views/question-view.js';
import {renderRepeatEntry, renderRepeatItem, renderRepeatList} from './views/repeat-views.js';
import {renderSendProblem} from './views/send-problem-view.js';
import {submissionWords, type SubmissionWords} from './views/submission-words.js';
import {FocusAfterUpdate} from '../core/focus-after-update.js';
import {errorSummary, pageHeading, sendProblem} from './page-focus.js';

/**
 * A report to the police, page by page, as GOV.UK forms work: the emergency
 * question first; one question (or a few related ones) per page with the
 * question as the heading; Back without losing answers; an error summary
 * that takes focus; check your answers with Change links; then sending, with
 * retries that never lose or double a report, and a confirmation with the
 * reference the force's endpoint gives.
 *
 * Without a force (a national page such as Police.uk) it first asks where
 * it happened, with `<soh-force-picker>`, then carries on as that force's.
 *
 * The service is data: one of the library's, named by `service` (its folder
 * under `src/services/`), loaded when the element first needs it; or a
 * service definition document of the page's own, given as `src` (an address)
 * or as the `definition` property (an object). Such a document is only ever
 * data. Before its first page shows it is checked as
 * `npx soh-elements check-service` checks one (the format, published as
 * `dist/schemas/service-definition.schema.json`, and what the format cannot
 * say), all but the SDM's code lists, which the endpoint checks; its text is
 * shown as text. One that fails a check, is not JSON or cannot be fetched is
 * not used: the person is told the form is not available here (or, when it
 * could not be reached, to try again), and the developer each problem in the
 * console, at its JSON Pointer. Answers survive a reload (sessionStorage)
 * unless the service keeps nothing on the device.
 *
 * @summary A multi-page report form that sends the force a Standard Data Model document.
 * @tag soh-report-form
 *
 * @event soh-report-sent - The endpoint stored the report. `detail`: `{service, reference, payment?}`; `payment` (`{service, items}`) for an application that is paid for, which a `<soh-payment>` on the page takes up.
 *
 * @csspart error-summary - The list of problems at the top of a page.
 * @csspart follow - The confirmation's offer to follow the report online (with `follow-url`), then the access code.
 * @csspart summary - The check-answers list.
 * @csspart confirmation - The panel with the reference.
 * @csspart emergency - What to do in an emergency.
 * @csspart send-problem - What to do when the report has not been sent yet.
 * @csspart button - The main buttons (Continue, Send report).
 * @csspart config-problem - The message shown instead of the form when its configuration cannot work.
 * @csspart load-problem - The message shown instead of the form when its service definition could not be loaded (offline), with a Try again button.
 * @csspart exit-page - The exit-this-page control, on every page of a service that asks for it.
 * @csspart hand-off - A service handed off to a national one (fraud, possible terrorism): what it is for, what to have ready, and the link to it.
 *
 * @cssprop --soh-color-brand - The buttons and the confirmation panel.
 * @cssprop --soh-color-on-brand - Text on them.
 * @cssprop --soh-color-error - The error summary and emergency box.
 * @cssprop --soh-color-link - Links and link-like buttons.
 */
export class SohReportForm extends SohElement {
  static override styles = [baseStyles, buttonStyles, errorSummaryStyles, confirmationPanelStyles, reportFormStyles];
  // No force is national mode (Police.uk): the form asks where it happened first.
  protected static override configNeeds: ReadonlyArray<ConfigSetting> = ['endpoint'];

  /**
   * Which of the library's services: the name of its folder under `src/services/` (`crime`). `src` and `definition`
   * take precedence.
   */
  @property() service = '';

  /**
   * The address of a service definition document (JSON) of the page's own, absolute or relative to the page. Only
   * from the page's own origin or the endpoint's: a definition decides what a person is asked and where their answers
   * go, and a strict Content Security Policy whose `connect-src` names the endpoint (and `'self'`) allows it with
   * nothing added. An address elsewhere is refused without a request. Fetched without cookies or `Referer`, and not
   * through a redirect (which could lead elsewhere); at most 1 MB. Takes precedence over `service`.
   */
  @property() src = '';

  /**
   * A service definition the page holds already (a document it has parsed, the Storybook playground's): checked
   * as a `src` document is, and copied, so later changes to the object do not reach the form (give a new object to
   * change it). Takes precedence over `src` and `service`.
   */
  @property({attribute: false}) definition?: ServiceDefinition;

  /** The page holding `<soh-report-status>` (http or https): when set, the confirmation offers to follow the report. */
  @property({attribute: 'follow-url'}) followUrl = '';

  @state() private module?: ServiceModule;
  /** A service the force hands off to a national one: shown instead of a form. */
  @state() private handOff?: HandOff;
  /** Why there is no service to show: not available here (the page's mistake), or could not be reached (offline). */
  @state() private loadProblem?: 'unavailable' | 'unreachable';
  @state() private errors: FieldError[] = [];
  @state() private announcement = '';

  constructor() {
    super();
    // Its fields and upload take the form's endpoint and force.
    new ConfigHandOn(this, () => this.settings);
  }

  private readonly journey = new ReportJourney(this);
  private readonly submission = new ReportSending(this);
  private readonly follow = new FollowOffer(this);
  private readonly focusAfter = new FocusAfterUpdate(this);
  /** Continue was pressed on the first page shown ahead of the service (see {@link opensAhead}). */
  private continueOnceLoaded = false;
  /** Counts loads: only the latest one's outcome is shown. */
  private loads = 0;
  /** What the service shown was loaded from (see {@link source}). */
  private loadedFrom?: unknown;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = this.source();
    if (source !== this.loadedFrom) {
      this.loadedFrom = source;
      // A Continue pressed on another service's first page is not this one's.
      this.continueOnceLoaded = false;
      void this.loadService();
    }
    // National mode only: most pages never load the force picker.
    if (!this.config.forceId) void import('../widgets/force-picker/soh-force-picker.js');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once the first page is on screen, the rest of the service's fields load
    // while the person reads it (they are already loaded if a draft reopened a later page).
    if ((changed as Map<PropertyKey, unknown>).has('module') && this.module) {
      const module = this.module;
      // After the next paint: the page is shown before any of this is fetched
      // (the other fields, and what sending needs: zod and the SDM builder).
      afterNextPaint(() => {
        // Ahead of need: a load cut short (the person left the page, the connection dropped) is not an error
        // here; each is loaded again, and its failure handled, where it is needed.
        loadFieldsFor(module.definition).catch(() => undefined);
        module.sending().catch(() => undefined);
        // The force's name is in what the form says later; its national code goes in the report.
        this.loadForceDetails();
      });
    }
  }

  /**
   * Where the service comes from, compared to load it again when that changes: the `definition` object; or `src`,
   * with the endpoint's origin, from which it may be loaded too; or `service`.
   */
  private source(): unknown {
    if (this.definition != null) return this.definition;
    if (this.src) return `src ${this.src} ${this.config.endpoint?.origin}`;
    return `service ${this.service}`;
  }

  private async loadService(): Promise<void> {
    const load = ++this.loads;
    this.loadProblem = undefined;
    // A first page shown ahead: the fields the service asks for (known from the catalogue) are fetched beside its
    // definition, once that page is painted, rather than after the definition has arrived, a round trip later.
    if (this.opensAhead) {
      const kinds = kindsAskedByOpening[this.service] ?? [];
      afterNextPaint(() => loadFieldKinds(kinds).catch(() => undefined));
    }
    const found = await this.findService();
    // The service may have changed while this one loaded: the latest wins.
    if (load !== this.loads) return;
    if ('problem' in found) {
      // Where the first page was shown ahead, it is replaced by the problem: focus goes to what says so.
      if (this.opensAhead) this.focusAfter.request((root) => root.querySelector<HTMLElement>('.notice[tabindex]'));
      this.loadProblem = found.problem;
      return;
    }
    if ('handOff' in found) {
      this.module = undefined;
      this.handOff = found.handOff;
      return;
    }
    const {module} = found;
    // The first page (the emergency question) needs only yes/no: the other
    // fields load once it is on screen, unless a draft reopens a later page.
    const draft = new DraftStore(module.definition, module.storageName);
    const saved = draft.read();
    const start = firstStep(module.definition);
    const laterPage = saved !== undefined && saved.at !== start;
    await Promise.all([
      laterPage ? loadFieldsFor(module.definition) : undefined,
      // Loaded only by the services that show it from the start (domestic abuse), before their first page.
      module.definition.exitPage === true ? import('../widgets/exit-page/soh-exit-page.js') : undefined,
    ]);
    if (load !== this.loads) return;
    this.journey.open(module.definition, draft, saved);
    this.handOff = undefined;
    this.module = module;
    // Continue was pressed before it loaded: moved on only if the page still says no one is in danger (a "yes"
    // given since keeps the person on the page, with how to get help).
    if (this.continueOnceLoaded) {
      this.continueOnceLoaded = false;
      this.announcement = '';
      if (this.journey.at === EMERGENCY && this.journey.answers[EMERGENCY] === 'no') {
        this.journey.continue();
        this.onNewPage();
      }
    }
  }

  private async findService(): Promise<
    {module: ServiceModule} | {handOff: HandOff} | {problem: 'unavailable' | 'unreachable'}
  > {
    try {
      if (this.definition != null || this.src) {
        // Only pages that use them load the checks and zod.
        const {loadDefinition} = await import('./definition-source.js');
        return await loadDefinition({definition: this.definition, src: this.src, endpoint: this.config.endpoint});
      }
      // Own properties only: `service="constructor"` must not find Object.prototype's.
      const loader = Object.hasOwn(serviceLoaders, this.service) ? serviceLoaders[this.service] : undefined;
      if (!loader) {
        const known = Object.keys(serviceLoaders).join(', ');
        console.error(`[soh-elements] <soh-report-form>: no service "${this.service}". Known: ${known}.`);
        return {problem: 'unavailable'};
      }
      const loaded = await loader();
      return 'handOff' in loaded ? {handOff: loaded.handOff} : {module: loaded};
    } catch (error) {
      // The library's own code could not be fetched: the device is offline, or the connection dropped.
      console.error('[soh-elements] <soh-report-form>: the service could not be loaded.', error);
      return {problem: 'unreachable'};
    }
  }

  /** Try again, after a load that could not reach what it needed: then focus the first page, or what went wrong. */
  private retryLoad(): void {
    void this.loadService();
    this.focusAfter.request((root) =>
      this.module || this.opensAhead
        ? pageHeading(root)
        : (root.querySelector<HTMLElement>('.notice[tabindex]') ?? 'wait'),
    );
  }

  private pick = (text: Bilingual): string => this.i18n.bilingual(text);

  /**
   * "Send report" or "Send application", and the rest of the words for sending: a report's until the service has
   * loaded (only a report opens ahead of it).
   */
  private words(module: ServiceModule | undefined): SubmissionWords {
    return submissionWords(module?.definition.sends ?? 'report', this.i18n.msg, this.config.force?.name ?? '');
  }

  /**
   * Whether the first page can be shown before the service has loaded: a catalogue service whose first page is the
   * emergency question (the same for every report), with no draft to reopen a later page. The person reads and
   * answers it while the service loads, rather than watching "Loading" for a round trip or two; Continue waits for it.
   */
  private get opensAhead(): boolean {
    return (
      this.definition == null &&
      !this.src &&
      opensOnEmergencyQuestion.has(this.service) &&
      !hasStoredDraft(this.service)
    );
  }

  private get language(): Language {
    return this.i18n.locale === 'cy' ? 'cy' : 'en';
  }

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    if (this.loadProblem) return renderLoadProblem(this.loadProblem, () => this.retryLoad(), msg);
    // A hand-off is the same wherever the person is: no need to ask where first.
    if (this.handOff) return renderHandOff(this.handOff, this.pick, this.config.forceId, msg);
    if (!this.config.forceId)
      return html`<soh-force-picker @soh-force-chosen=${this.onForceChosen}></soh-force-picker>`;
    // A force that was named but is not known is the page's mistake: say so. (The first page does not wait
    // for the table of forces to know: only what it says later, and the report, need the force's details.)
    const unknown = this.config.warnings.filter((problem) => problem.kind === 'force-unknown');
    if (unknown.length > 0) return renderConfigProblems(unknown, msg);
    const module = this.module;
    if (!module && !this.opensAhead) return renderLoading(msg);
    const {at, step} = this.journey;
    const live = html`<div class="visually-hidden" aria-live="polite">${this.announcement}</div>`;
    // Where the person may be watched: a way out on every page (and no copy of the report to keep).
    const watched = module !== undefined && mayBeWatched(module.definition, this.journey.answers);
    const exitPage = watched ? renderExitControl() : nothing;
    if (step.kind === 'sent' && module) {
      const copy = watched ? undefined : {print: () => window.print(), download: () => this.downloadCopy()};
      return html`${exitPage}
      ${renderConfirmation(this.submission.reference, this.pick(module.definition.whatHappensNext), copy, this.words(module), msg)}
      ${this.follow.render(msg, this.config.endpoint, this.followUrl)} ${live}`;
    }
    return html`<div class="report-form">
      ${exitPage}
      ${
        !module || this.journey.atStart
          ? nothing
          : html`<button type="button" class="back-link" @click=${this.back}>
              ${msg('Back', {id: 'engine.back'})}
            </button>`
      }
      ${renderErrorSummary(this.errors, msg)}
      ${renderSendProblem(this.submission.problem, this.config.force?.name ?? '', this.words(module), this.i18n)}
      <form novalidate @submit=${this.onSubmit} @input=${this.onAnswer} @change=${this.onAnswer}>
        ${
          // Each step gets its own fields: Lit would otherwise reuse the element in the same place on the
          // next page (a GP's address field as a referee's), with the earlier question's look-up and state.
          keyed(at, this.renderStep(module, step))
        }
      </form>
      ${live}
    </div>`;
  }

  /** The step's page: before the service has loaded (`module` undefined), only ever the emergency question. */
  private renderStep(module: ServiceModule | undefined, step: Step): TemplateResult {
    const {msg} = this.i18n;
    const continueButton = html`<button type="submit" class="button" part="button">
      ${msg('Continue', {id: 'engine.continue'})}
    </button>`;
    if (step.kind === 'emergency') {
      const answer = String(this.journey.answers[EMERGENCY] ?? '');
      return html`${renderEmergencyQuestion(answer, msg)} ${answer === 'yes' ? nothing : continueButton}`;
    }
    if (!module) return html``;
    if (step.kind === 'check') {
      const rows = summaryRows(module.definition, this.journey.answers, this.pick, this.language);
      return renderCheckAnswers(rows, (at) => this.change(at), this.submission.sending, this.words(module), msg);
    }
    if (step.kind === 'sent') return html``;
    const page = module.definition.pages.find((candidate) => candidate.id === step.pageId);
    if (!page) return continueButton;
    if (page.kind === 'repeat') return html`${this.renderRepeat(page, step)} ${continueButton}`;
    const {answers, submissionId} = this.journey;
    const questions = questionsOnPage(page, answers);
    const single = questions.length === 1 && !page.title;
    return html`${page.title ? html`<h1 class="heading" tabindex="-1">${this.pick(page.title)}</h1>` : nothing}
    ${page.intro ? html`<p>${this.pick(page.intro)}</p>` : nothing}
    ${(page.body ?? []).map((paragraph) => html`<p>${this.pick(paragraph)}</p>`)}
    ${questions.map((question) =>
      renderQuestion(question, answers[question.id], {pick: this.pick, headingLevel: single ? 1 : 0, submissionId}),
    )}
    ${continueButton}`;
  }

  private renderRepeat(page: RepeatPage, step: Step): TemplateResult {
    const {answers, editing, submissionId} = this.journey;
    if (step.kind === 'item') return renderRepeatItem(page, step.index, editing, {pick: this.pick, submissionId});
    if (step.kind === 'list') {
      return renderRepeatList(
        page,
        itemsOf(page, answers),
        (item) => describeItem(page, item, this.language, this.pick),
        {change: (index) => this.change(itemStep(page.id, index)), remove: (index) => this.removeItemAt(page, index)},
        this.pick,
        this.i18n.msg,
      );
    }
    return renderRepeatEntry(page, answers, this.pick);
  }

  /** National mode: from here on the form is that force's, themed and routed to it. */
  private onForceChosen(event: SohForceChosenEvent): void {
    event.stopPropagation();
    this.force = event.detail.forceId;
    this.focusAfter.request(pageHeading);
  }

  private onAnswer(event: Event): void {
    const field = event.target as SohField<Answers[string]> | null;
    const id = field?.dataset?.question;
    // Answers count from the first page, whether or not the service has loaded yet (see opensAhead).
    if (!id || (!this.module && !this.opensAhead)) return;
    const definition = this.module?.definition;
    const watchedBefore = definition !== undefined && mayBeWatched(definition, this.journey.answers);
    // Changed after Continue was pressed ahead of the service: the person is still on the page; Continue again.
    if (this.continueOnceLoaded) {
      this.continueOnceLoaded = false;
      this.announcement = '';
    }
    this.journey.answer(id, field.value);
    // The exit control appears at the top of the page while the person is further down: say so.
    if (definition && !watchedBefore && mayBeWatched(definition, this.journey.answers))
      this.announcement = exitControlShown(this.i18n.msg);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const module = this.module;
    if (!module && !this.opensAhead) return;
    if (module && this.journey.step.kind === 'check') {
      void this.send(module);
      return;
    }
    // Through the element, not the form: a field named like a form's property (a question "querySelectorAll")
    // takes its place on the form.
    const fields = [...this.renderRoot.querySelectorAll<SohField<unknown>>('form [data-question]')];
    // checkValidity() fires `invalid` on each failing field, which shows its own message.
    const failing = fields.filter((field) => !field.checkValidity());
    this.errors = failing.map((field) => ({field, message: field.validationMessage}));
    if (failing.length > 0) {
      this.focusAfter.request(errorSummary);
      return;
    }
    // Answered before the service has loaded: it moves on as soon as it has.
    if (!module) {
      this.continueOnceLoaded = true;
      const {msg} = this.i18n;
      this.announcement = msg('Loading…', {id: 'engine.loading'});
      return;
    }
    this.journey.continue();
    this.onNewPage();
  }

  /** After any move: the new page starts without errors, its heading focused. */
  private onNewPage(): void {
    this.errors = [];
    this.focusAfter.request(pageHeading);
  }

  private back(): void {
    this.submission.clearProblem();
    this.journey.back();
    this.onNewPage();
  }

  private change(at: string): void {
    this.journey.change(at);
    this.onNewPage();
  }

  private removeItemAt(page: RepeatPage, index: number): void {
    const name = `${this.pick(page.itemName)} ${index + 1}`;
    this.journey.remove(page, index);
    this.onNewPage();
    this.announcement = this.i18n.msg(str`${name} removed`, {id: 'engine.repeat.removed'});
  }

  private async send(module: ServiceModule): Promise<void> {
    const {forceId, endpoint} = this.config;
    if (!forceId || !endpoint) return;
    // A second press while sending: the first send goes on.
    if (this.submission.sending) return;
    const {draft, id} = module.definition;
    const keepsNothing = draft !== 'session' || mayBeWatched(module.definition, this.journey.answers);
    const outbox = () => (keepsNothing ? memoryOutbox() : sessionOutbox(module.storageName ?? id));
    this.announcement = this.words(module).sending;
    const outcome = await this.submission.send(endpoint, outbox, () => this.prepare(module, forceId));
    if (outcome) this.showOutcome(module, outcome);
  }

  /** The report as the SDM document to send, with what it asks to be paid for; or why it cannot be made. */
  private async prepare(module: ServiceModule, forceId: string): Promise<PreparedReport> {
    let sending: ServiceSending;
    let forceCode: string;
    try {
      [sending, forceCode] = await Promise.all([
        module.sending(),
        loadForces().then(({findForce}) => findForce(forceId)?.nationalCode ?? ''),
      ]);
    } catch {
      // Its code could not be fetched (loaded after the first page, so the device went offline since).
      return {outcome: {kind: 'gave-up', reason: navigator.onLine ? 'unavailable' : 'offline'}};
    }
    try {
      return reportDocument(this.finished(module), sending, forceCode);
    } catch (error) {
      // The answers did not fit the service's schema: a fault in the definition, not the person's.
      console.error('[soh-elements] <soh-report-form>: could not build the report.', error);
      return {outcome: {kind: 'refused', status: 0, errors: []}};
    }
  }

  private finished(module: ServiceModule): FinishedReport {
    const {answers, submissionId} = this.journey;
    return {service: module.definition, answers, submissionId, reference: this.submission.reference};
  }

  private showOutcome(module: ServiceModule, outcome: SendOutcome): void {
    if (outcome.kind === 'sent') {
      const {reference, payment} = this.submission;
      const followPage = this.followUrl && webAddress(this.followUrl, '<soh-report-form> follow-url');
      const {answers} = this.journey;
      const watched = mayBeWatched(module.definition, answers);
      const followable = !!followPage && followOffered(module.definition, answers);
      this.follow.offer(reference, outcome.idempotencyKey, followable, watched);
      this.journey.finish();
      this.announcement = this.words(module).sent;
      this.focusAfter.request(pageHeading);
      const {id} = module.definition;
      this.emit(new SohReportSentEvent({service: id, reference, payment}));
      return;
    }
    this.announcement = this.words(module).notSent;
    this.focusAfter.request(sendProblem);
  }

  private downloadCopy(): void {
    const module = this.module;
    if (!module) return;
    downloadText(
      `${module.definition.id}-report-${this.submission.reference}.txt`,
      reportText(this.finished(module), this.language, this.pick),
    );
  }
}

/** Runs `work` once the next frame has been painted (a task after the frame, not inside it). */
function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

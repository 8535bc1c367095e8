import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {buttonStyles} from '../../core/button-styles.js';
import type {ConfigSetting} from '../../core/config/resolve-config.js';
import {intlLocale} from '../../core/localize/locales.js';
import {webAddress} from '../../core/safe-url.js';
import {baseStyles, SohElement} from '../../core/soh-element.js';
import {hostTypography} from '../../core/host-typography.js';
import type {BackoffOptions} from '../../core/transport/retry-policy.js';
import {confirmationPanelStyles} from '../../core/views/confirmation-panel-styles.js';
import {questionStyles} from '../../core/views/question-styles.js';
import {errorSummaryStyles, renderErrorSummary, type FieldError} from '../../core/views/notices.js';
import type {SohReportSentEvent} from '../../core/report-sent-event.js';
import {PaymentClient} from './payment-client.js';
import {SohPaymentCompleteEvent} from './payment-complete-event.js';
import {itemsFor, parseItems, type AppliedFor} from '../../contract/payment-items.js';
import {renderPaid, renderSetback, setbackWords, type SetbackReason} from './payment-outcome-view.js';
import type {FeeAnswer, PaymentItem, PaymentStatus} from '../../contract/payments.js';
import {
  readPaymentQuestions,
  renderPaymentQuestions,
  type PaymentAnswers,
  type PaymentQuestion,
} from './payment-questions-view.js';
import {clearPaymentRecord, readPaymentRecord, writePaymentRecord, type PaymentRecord} from './payment-record.js';
import {renderPaymentSummary} from './payment-summary-view.js';
import {paymentStyles} from './payment.styles.js';
import {FocusAfterUpdate} from '../../core/focus-after-update.js';

/** What is being paid for. */
interface Purchase {
  reference: string;
  items: PaymentItem[];
}

type View =
  | {kind: 'loading'; doing: 'fee' | 'checking'}
  | {kind: 'questions'}
  | {kind: 'summary'; purchase: Purchase; fee: FeeAnswer}
  | {kind: 'paid'; status: PaymentStatus}
  | {kind: 'setback'; reason: SetbackReason; retry?: () => void};

const UNFINISHED = new Set(['created', 'started', 'submitted']);

/**
 * Pays a firearms licensing fee through the force's payment provider
 * (GOV.UK Pay's journey): it shows what is being paid for and the fee as
 * the endpoint states it, creates the payment, sends the person to the
 * provider's own page (a full-page move: card details never touch this
 * page), and, when they come back, asks the endpoint how it went: paid,
 * declined, cancelled, timed out, or not finished. It takes over from a
 * firearms application sent on the same page (the `soh-report-sent` event),
 * or is given `reference` and `items`, or asks for them.
 *
 * @summary Firearms licence payment: the fee, the provider's page, the outcome.
 * @tag soh-payment
 *
 * @event soh-payment-complete - The endpoint says the payment succeeded. `detail`: `{reference, receipt, amount}` (pence).
 *
 * @csspart paid - The panel shown once the payment has gone through.
 * @csspart setback - A payment that did not go through, or could not be started or checked.
 * @csspart error-summary - The list of problems with the answers.
 * @csspart config-problem - Shown instead when the element is not set up (no endpoint).
 *
 * @cssprop --soh-color-brand - The paid panel and the buttons.
 * @cssprop --soh-color-error - Error messages and the error summary.
 */
export class SohPayment extends SohElement {
  static override styles = [
    baseStyles,
    hostTypography,
    buttonStyles,
    errorSummaryStyles,
    confirmationPanelStyles,
    questionStyles,
    paymentStyles,
  ];
  protected static override configNeeds: ReadonlyArray<ConfigSetting> = ['endpoint'];

  /** What is paid for: `firearms-licence`, the only service with a fee so far. */
  @property() service = 'firearms-licence';

  /** The application's reference; without it (and no application sent on the page), the person is asked. */
  @property() reference = '';

  /**
   * What is paid for, by name, space-separated: `firearm-grant`,
   * `firearm-renewal`, `shotgun-grant`, `shotgun-renewal` (one of each at
   * most; both together are charged as one coterminous fee), `variation`,
   * `variation-one-for-one`, `replacement`. Used with `reference`.
   */
  @property() items = '';

  /**
   * Where the provider sends the person back to; this page by default (and when it is not an http(s) address).
   * It must be on a site the endpoint knows.
   */
  @property({attribute: 'return-url'}) returnUrl = '';

  @state() private view: View = {kind: 'loading', doing: 'checking'};
  @state() private answers: PaymentAnswers = {reference: ''};
  @state() private questionErrors: Partial<Record<PaymentQuestion, string>> = {};
  @state() private errors: FieldError[] = [];
  @state() private busy = false;
  /** Said to screen readers while the person waits (the fee, the provider's page). */
  @state() private announcement = '';

  /** How long to wait between attempts; tests shorten it. */
  protected backoff: BackoffOptions = {};

  private handedOver?: {reference: string; items?: PaymentItem[]};
  private begun = false;
  private readonly focusAfter = new FocusAfterUpdate(this);
  /** A view's error summary, else its heading; once it has loaded. */
  private readonly newView = (root: HTMLElement | DocumentFragment) =>
    this.view.kind === 'loading' ? 'wait' : root.querySelector<HTMLElement>('.error-summary, [tabindex="-1"]');
  private reportedComplete = '';

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('soh-report-sent', this.onReportSent);
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('soh-report-sent', this.onReportSent);
    window.removeEventListener('pageshow', this.onPageShow);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const settingsChanged = changed.has('reference') || changed.has('items');
    if (this.config.endpoint && (!this.begun || settingsChanged)) {
      this.begun = true;
      void this.begin();
    }
  }

  /**
   * Leaves for the provider's page. A whole-page move, never a frame: the
   * provider's pages cannot live inside another site (nor a shadow root).
   */
  protected leaveFor(url: string): void {
    window.location.assign(url);
  }

  private get client(): PaymentClient {
    return new PaymentClient(this.config.endpoint!, this.backoff);
  }

  private get language(): 'en' | 'cy' {
    return this.i18n.locale === 'cy' ? 'cy' : 'en';
  }

  /** A firearms application was sent on this page: pay for it, unless the page named its own. */
  private readonly onReportSent = (event: Event) => {
    const {reference, payment} = (event as SohReportSentEvent).detail;
    if (this.reference || !payment || payment.service !== this.service) return;
    this.handedOver = {reference, items: payment.items};
    void this.begin();
  };

  /** Back from the provider with Back: the page may be the one left, kept in memory; ask again how it went. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.begun) void this.begin();
  };

  /** What the page or an application on it says is paid for; undefined where the person must say. */
  private givenPurchase(): {reference: string; items?: PaymentItem[]} | undefined {
    if (this.reference) {
      if (!this.items) return {reference: this.reference};
      const parsed = parseItems(this.items);
      if ('items' in parsed) return {reference: this.reference, items: parsed.items};
      console.error(`[soh-elements] <soh-payment>: no item "${parsed.unknown}"; the person is asked instead.`);
      return {reference: this.reference};
    }
    return this.handedOver;
  }

  /** Works out where the person is: coming back from the provider, about to pay, or yet to say what for. */
  private async begin(): Promise<void> {
    const given = this.givenPurchase();
    // The application this element is given, or (a return page that names none) the one last paid for in this tab.
    const record = readPaymentRecord(given?.reference);
    if (record?.paymentId) return this.check(record, record.paymentId);
    if (record) return this.showFee({reference: record.reference, items: record.items});
    if (given?.items) return this.showFee({reference: given.reference, items: given.items});
    this.answers = {reference: given?.reference ?? ''};
    this.view = {kind: 'questions'};
  }

  private async showFee(purchase: Purchase): Promise<void> {
    this.view = {kind: 'loading', doing: 'fee'};
    this.announcement = this.loadingWords('fee');
    const answer = await this.client.fee(purchase.items, this.language);
    this.announcement = '';
    if (answer.kind === 'ok') {
      this.view = {kind: 'summary', purchase, fee: answer.value};
      return;
    }
    this.showSetback({kind: 'fee-problem'}, () => void this.showFee(purchase));
  }

  /** Creates the payment (or finds it again, by its key) and leaves for the provider's page. */
  private async pay(purchase: Purchase, record?: PaymentRecord): Promise<void> {
    const {msg} = this.i18n;
    record ??= {...purchase, idempotencyKey: crypto.randomUUID()};
    writePaymentRecord(record);
    this.busy = true;
    this.announcement = msg('Opening the payment page…', {id: 'payment.leaving'});
    const returnUrl =
      (this.returnUrl && webAddress(this.returnUrl, '<soh-payment> return-url')) || new URL(location.href);
    returnUrl.hash = '';
    const answer = await this.client.create(
      {
        service: 'firearms-licence',
        items: purchase.items,
        reference: purchase.reference,
        returnUrl: returnUrl.href,
        language: this.language,
      },
      record.idempotencyKey,
    );
    if (answer.kind === 'ok') {
      writePaymentRecord({...record, paymentId: answer.value.paymentId});
      // The key made this payment before and it has already ended (paid, failed): say how, never pay twice.
      if (!UNFINISHED.has(answer.value.state)) return this.check(record, answer.value.paymentId);
      // The provider's page comes from the endpoint: only an http(s) page is opened.
      const next = webAddress(answer.value.nextUrl, '<soh-payment> nextUrl from the endpoint');
      if (next) return this.leaveFor(next.href);
      this.busy = false;
      this.announcement = '';
      return this.showSetback({kind: 'provider-unusable'});
    }
    this.busy = false;
    this.announcement = '';
    if (answer.kind === 'refused' && answer.code === 'key-reused') return this.pay(purchase);
    if (answer.kind === 'refused' && answer.code === 'already-paid') {
      clearPaymentRecord(purchase.reference);
      return this.showSetback({kind: 'already-paid'});
    }
    if (answer.kind === 'refused' && answer.pointer === '/reference' && !this.givenPurchase()) {
      clearPaymentRecord(purchase.reference);
      this.view = {kind: 'questions'};
      return this.showQuestionErrors({
        reference: msg('Enter the reference as it was shown to you, for example HXR7-3KQ9', {
          id: 'payment.reference.invalid',
        }),
      });
    }
    if (answer.kind === 'refused') return this.showSetback({kind: 'refused'});
    this.showSetback({kind: 'create-problem'}, () => void this.pay(purchase, record));
  }

  /** Asks the endpoint how a payment went, by the id only this tab holds. */
  private async check(record: PaymentRecord, paymentId: string): Promise<void> {
    this.busy = false;
    this.view = {kind: 'loading', doing: 'checking'};
    this.announcement = this.loadingWords('checking');
    this.focusAfter.request(this.newView);
    const answer = await this.client.status(paymentId);
    this.announcement = '';
    const purchase = {reference: record.reference, items: record.items};
    if (answer.kind === 'refused') {
      // The endpoint no longer knows it (a sandbox restarted): start again, with the same answers.
      writePaymentRecord({...purchase, idempotencyKey: crypto.randomUUID()});
      return this.showFee(purchase);
    }
    if (answer.kind === 'unreachable')
      return this.showSetback({kind: 'check-problem'}, () => void this.check(record, paymentId));
    const status = answer.value;
    if (status.state === 'success') {
      this.view = {kind: 'paid', status};
      if (this.reportedComplete !== paymentId) {
        this.reportedComplete = paymentId;
        this.emit(
          new SohPaymentCompleteEvent({
            reference: status.reference,
            receipt: status.receipt ?? '',
            amount: status.amount,
          }),
        );
      }
      return;
    }
    // Not finished: the same payment, by the same key. Ended without paying: a new payment, as a failed one cannot be retried.
    const next = UNFINISHED.has(status.state) ? record : {...purchase, idempotencyKey: crypto.randomUUID()};
    if (!UNFINISHED.has(status.state)) writePaymentRecord(next);
    this.showSetback({kind: 'outcome', status}, () => void this.pay(purchase, next));
  }

  private loadingWords(doing: 'fee' | 'checking'): string {
    const {msg} = this.i18n;
    return doing === 'fee'
      ? msg('Getting the fee…', {id: 'payment.getting-fee'})
      : msg('Checking your payment…', {id: 'payment.checking'});
  }

  private showSetback(reason: SetbackReason, retry?: () => void): void {
    this.view = {kind: 'setback', reason, retry};
    this.focusAfter.request(this.newView);
  }

  private showQuestionErrors(errors: Partial<Record<PaymentQuestion, string>>): void {
    this.questionErrors = errors;
    void this.updateComplete.then(() => {
      this.errors = (Object.entries(errors) as Array<[PaymentQuestion, string]>).map(([name, message]) => ({
        field: this.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`)!,
        message,
      }));
      this.focusAfter.request(this.newView);
    });
  }

  private readonly onQuestionsSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const {answers, errors} = readPaymentQuestions(event.target as HTMLFormElement, this.i18n.msg);
    this.answers = answers;
    if (Object.keys(errors).length > 0) return this.showQuestionErrors(errors);
    this.questionErrors = {};
    this.errors = [];
    this.focusAfter.request(this.newView);
    void this.showFee({reference: answers.reference, items: itemsFor(answers.applied!, answers.certificate)});
  };

  private readonly onAppliedChange = (applied: AppliedFor) => {
    this.answers = {...this.answers, applied};
  };

  /** Asked by the element itself (nothing given): the person may change their answers, or pay for another. */
  private get asked(): boolean {
    return !this.givenPurchase();
  }

  private startAgain(): void {
    clearPaymentRecord();
    this.answers = {reference: ''};
    this.view = {kind: 'questions'};
    this.focusAfter.request(this.newView);
  }

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    const locale = intlLocale(this.i18n.locale);
    if (this.service !== 'firearms-licence')
      return html`<div class="notice" part="config-problem">
        <p>${msg('Payment is not available here. To pay, call 101.', {id: 'payment.unknown-service'})}</p>
      </div>`;
    const view = this.view;
    const title = html`<h2 class="title" tabindex="-1">
      ${msg('Pay for your firearms application', {id: 'payment.title'})}
    </h2>`;
    let body: TemplateResult | typeof nothing = nothing;
    if (view.kind === 'loading') body = html`<p class="loading">${this.loadingWords(view.doing)}</p>`;
    else if (view.kind === 'questions')
      body = html`${renderErrorSummary(this.errors, msg)}${title}${renderPaymentQuestions(
        msg,
        this.answers,
        this.questionErrors,
        {
          submit: this.onQuestionsSubmit,
          appliedChange: this.onAppliedChange,
        },
      )}`;
    else if (view.kind === 'summary')
      body = html`${title}${renderPaymentSummary(
        msg,
        locale,
        view.purchase.reference,
        view.fee,
        {
          pay: () => void this.pay(view.purchase, this.recordFor(view.purchase)),
          change: this.asked
            ? () => ((this.view = {kind: 'questions'}), this.focusAfter.request(this.newView))
            : undefined,
        },
        this.busy,
      )}`;
    else if (view.kind === 'paid')
      body = renderPaid(msg, locale, view.status, this.asked ? () => this.startAgain() : undefined);
    else body = renderSetback(setbackWords(msg, view.reason), view.retry);
    return html`<section class="payment">${body}</section>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  /** The stored record when it is for this purchase (so a retry keeps its key), else none. */
  private recordFor(purchase: Purchase): PaymentRecord | undefined {
    const record = readPaymentRecord(purchase.reference);
    return record && record.items.join() === purchase.items.join() ? record : undefined;
  }
}

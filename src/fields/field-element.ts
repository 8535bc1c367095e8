import {html, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {SohElement} from '../core/soh-element.js';
import {answerThisQuestion, firstFailure, type Failure, type Validator} from './validation.js';
import {renderErrorMessage} from '../core/views/notices.js';

/**
 * The base of every form field: a form-associated custom element that works
 * inside a report form and alone inside any plain `<form>`.
 *
 * Label, hint, error message and control live in one shadow root, so every
 * ARIA reference stays inside it. The form value is set synchronously on
 * every input (a `FormData` is never stale); validity is set on the element
 * and anchored to its control; an ancestor `<fieldset disabled>`, form reset
 * and the browser's state restore are honoured. Errors show after a submit
 * attempt (or `reportValidity()`), as GOV.UK forms do, not while typing.
 */
export abstract class SohField<Value = string> extends SohElement {
  static formAssociated = true;

  /** The name under which the value is submitted. */
  @property({reflect: true}) name = '';

  /** The question or label. */
  @property() label = '';

  /** Help shown under the label. */
  @property() hint = '';

  /** The field must be answered. */
  @property({type: Boolean, reflect: true}) required = false;

  /** The field is disabled (an ancestor `<fieldset disabled>` disables it too). */
  @property({type: Boolean, reflect: true}) disabled = false;

  /** The message when a required field is empty, written as what to do ("Enter the date it happened"). */
  @property({attribute: 'required-message'}) requiredMessage = '';

  /** Shows the label as the page's heading at this level (1–6): one question per page. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 0;

  /** The message on show; empty until a submit attempt finds the value invalid. */
  @state() protected shownError = '';

  /** The language the shown error was written in. */
  private shownInLocale = '';

  /** Set by an ancestor `<fieldset disabled>`. */
  @state() protected disabledByForm = false;

  protected readonly internals = this.attachInternals();

  /** The current value. */
  abstract get value(): Value;
  abstract set value(value: Value);

  /** The value as submitted: a string, or form data for fields with several parts. */
  protected abstract formValue(): string | FormData | null;

  /** The control validity messages anchor to, and focus goes to. */
  protected abstract controlElement(): HTMLElement | null;

  /** The empty value, for reset. */
  protected abstract emptyValue(): Value;

  /** The field's own checks, after `required`. */
  protected validators(): ReadonlyArray<Validator<Value>> {
    return [];
  }

  /** Whether the value counts as an answer, for `required`. */
  protected isEmpty(value: Value): boolean {
    return value === '' || value === null || value === undefined;
  }

  constructor() {
    super();
    this.addEventListener('invalid', (event) => {
      // Our inline message replaces the browser's bubble.
      event.preventDefault();
      this.showError();
    });
  }

  override connectedCallback(): void {
    this.adoptValueSetBeforeUpgrade();
    super.connectedCallback();
  }

  /**
   * A value set before this element's definition loaded (the report form renders a page while its field modules
   * are still loading) sits on the element itself and hides the class's `value` accessor: typed parts would then
   * never reach the answer. Hand it to the accessor, once, when the upgraded element is connected.
   */
  private adoptValueSetBeforeUpgrade(): void {
    if (!Object.prototype.hasOwnProperty.call(this, 'value')) return;
    const early = (this as unknown as {value: Value}).value;
    delete (this as unknown as {value?: Value}).value;
    this.value = early;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks the value and shows its error, if any. */
  reportValidity(): boolean {
    const valid = this.internals.checkValidity();
    if (valid) this.clearError();
    return valid;
  }

  /** True while the field is disabled, by itself or by its form. */
  protected get isDisabled(): boolean {
    return this.disabled || this.disabledByForm;
  }

  /**
   * A change of value from script (`field.value = …`, a restore) reaches the
   * form at once, not after the next render.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (this.internals && (name === 'value' || name === 'parts' || name === 'address' || name === 'required'))
      this.syncFormState();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Validity needs the rendered control to anchor to.
    this.syncFormState();
  }

  /** Call after every change of value, so the form never reads a stale one. */
  protected syncFormState(): void {
    this.internals.setFormValue(this.formValue());
    const failure = this.currentFailure();
    const anchor = this.controlElement() ?? undefined;
    if (failure) this.internals.setValidity({[failure.flag]: true}, failure.message, anchor);
    else this.internals.setValidity({});
    // An error on show goes once the answer is right; new errors wait for the next submit.
    if (!failure && this.shownError) this.clearError();
    // An error on show follows the page into another language (the switch between English and Cymraeg).
    else if (failure && this.shownError && this.shownInLocale !== this.i18n.locale) this.showError();
  }

  private currentFailure(): Failure | undefined {
    const {msg} = this.i18n;
    if (this.required && this.isEmpty(this.value)) {
      return {flag: 'valueMissing', message: this.requiredMessage || answerThisQuestion(msg)};
    }
    if (this.isEmpty(this.value)) return undefined;
    return firstFailure(this.validators(), this.value, msg);
  }

  protected showError(): void {
    this.shownError = this.internals.validationMessage;
    this.shownInLocale = this.i18n.locale;
    this.internals.states.add('user-invalid');
  }

  protected clearError(): void {
    this.shownError = '';
    this.internals.states.delete('user-invalid');
  }

  formResetCallback(): void {
    this.value = this.emptyValue();
    this.clearError();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  override focus(options?: FocusOptions): void {
    this.controlElement()?.focus(options);
  }

  /**
   * The question, where it is the page's heading (`heading-level` set): what a
   * form focuses when it shows a new page, so a screen reader starts there.
   */
  get headingElement(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[role="heading"]') ?? null;
  }

  /** The label, as the page heading when `heading-level` is set. */
  protected renderLabel(forId: string): TemplateResult {
    const label = html`<label class="label" part="label" id="label" for=${forId}>${this.label}</label>`;
    if (this.headingLevel < 1) return label;
    return html`<div class="heading" role="heading" aria-level=${Math.min(6, this.headingLevel)} tabindex="-1">
      ${label}
    </div>`;
  }

  /**
   * The question as a fieldset's legend (a question with several boxes or options), and as the page's heading
   * when `heading-level` is set: a screen reader then hears the new page's question when focus moves to it.
   */
  protected renderLegend(label: TemplateResult): TemplateResult {
    if (this.headingLevel < 1) return html`<legend>${label}</legend>`;
    return html`<legend>
      <span role="heading" aria-level=${Math.min(6, this.headingLevel)} tabindex="-1">${label}</span>
    </legend>`;
  }

  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<div class="hint" part="hint" id="hint">${this.hint}</div>` : nothing;
  }

  protected renderError(): TemplateResult | typeof nothing {
    if (!this.shownError) return nothing;
    return html`<p class="error-message" part="error-message" id="error">
      ${renderErrorMessage(this.shownError, this.i18n.msg)}
    </p>`;
  }

  /** The ids the control is described by: hint, then error. */
  protected describedBy(): string {
    return [this.hint ? 'hint' : '', this.shownError ? 'error' : ''].filter(Boolean).join(' ');
  }
}

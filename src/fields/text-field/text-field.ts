import {html, type TemplateResult} from 'lit';
import {property, query} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {baseStyles} from '../../core/soh-element.js';
import {SohField} from '../field-element.js';
import {fieldStyles} from '../field-styles.js';
import type {Validator} from '../validation.js';

// What GOV.UK accepts as an email address: something, @, a domain with a
// dot. (A plain pattern keeps zod out of the first load; the service's
// zod/mini schema checks the answer again before it is sent.)
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

// A UK or international number, as people write them: digits, spaces, brackets, dashes, a leading +.
const TELEPHONE = /^\+?[\d\s()-]{10,20}$/;

const INPUT_MODES = {text: undefined, email: 'email', tel: 'tel'} as const;

const isEmail: Validator<string> = (value, msg) =>
  EMAIL.test(value.trim())
    ? undefined
    : {
        flag: 'typeMismatch',
        message: msg('Enter an email address in the correct format, like name@example.com', {id: 'field.email-format'}),
      };

const isTelephone: Validator<string> = (value, msg) =>
  TELEPHONE.test(value.trim()) && value.replace(/\D/g, '').length >= 10
    ? undefined
    : {
        flag: 'typeMismatch',
        message: msg('Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192', {
          id: 'field.telephone-format',
        }),
      };

/**
 * A one-line answer: text, an email address or a telephone number, checked
 * for its kind when the form is sent.
 *
 * @summary A labelled one-line text, email or telephone field that takes part in any form.
 * @tag soh-text-field
 *
 * @csspart label - The label (the page heading when `heading-level` is set).
 * @csspart hint - The hint under the label.
 * @csspart error-message - The error message, after a failed submit.
 * @csspart input - The input.
 *
 * @cssprop --soh-field-label - The label's colour. Falls back to `--soh-color-text`.
 * @cssprop --soh-field-hint - The hint's colour. Falls back to `--soh-color-text-secondary`.
 * @cssprop --soh-field-border - The input's border. Falls back to `--soh-color-border-control`.
 * @cssprop --soh-field-error - The error's colour. Falls back to `--soh-color-error`.
 *
 * @cssstate user-invalid - A submit attempt found the value invalid; the error shows.
 */
export class SohTextField extends SohField<string> {
  static override styles = [baseStyles, fieldStyles];

  /** `text`, `email` or `tel`. */
  @property() type: 'text' | 'email' | 'tel' = 'text';

  /** The `autocomplete` token (WCAG 1.3.5), e.g. `email`, `tel`, `given-name`. */
  @property() autocomplete?: string;

  /** Whether the browser may correct spelling (off for names and references). */
  @property({type: Boolean}) spellcheck = false;

  @property() value = '';

  @query('input') private input?: HTMLInputElement;

  protected formValue(): string {
    return this.value;
  }

  protected controlElement(): HTMLElement | null {
    return this.input ?? null;
  }

  protected emptyValue(): string {
    return '';
  }

  protected override isEmpty(value: string): boolean {
    return value.trim() === '';
  }

  protected override validators(): ReadonlyArray<Validator<string>> {
    return this.type === 'email' ? [isEmail] : this.type === 'tel' ? [isTelephone] : [];
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected renderContent(): TemplateResult {
    return html`<div class="wrapper">
      ${this.renderLabel('input')} ${this.renderHint()} ${this.renderError()}
      <input
        id="input"
        class="control"
        part="input"
        type=${this.type}
        inputmode=${ifDefined(Object.hasOwn(INPUT_MODES, this.type) ? INPUT_MODES[this.type] : undefined)}
        autocomplete=${ifDefined(this.autocomplete)}
        spellcheck=${this.spellcheck ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy() || undefined)}
        aria-invalid=${this.shownError ? 'true' : 'false'}
        ?disabled=${this.isDisabled}
        ?required=${this.required}
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
      />
    </div>`;
  }

  // Enter submits the form, as in a native text input: the input itself sits
  // in this shadow root, outside the form, so the browser would not.
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      // The form's own method: a field named like it (a question "requestSubmit") would take its place on the form.
      if (this.form) HTMLFormElement.prototype.requestSubmit.call(this.form);
    }
  }

  private onInput(event: InputEvent): void {
    this.value = (event.target as HTMLInputElement).value;
    // Now, not after the next render: a FormData made in this same task must see it.
    this.syncFormState();
  }
}

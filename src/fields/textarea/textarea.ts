import {css, html, nothing, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {baseStyles} from '../../core/soh-element.js';
import {fieldError, fieldHint} from '../../generated/tokens.js';
import {SohField} from '../field-element.js';
import {fieldStyles} from '../field-styles.js';
import type {Validator} from '../validation.js';
import {characterCountMessage} from './character-count.js';
import {tooLongMessage} from './too-long-message.js';

/** How long typing must pause before the count is read out. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * A longer answer, such as "What happened?". With `maxlength` it counts the
 * characters left, and those over, as GOV.UK's character count does: it
 * warns, but never stops anyone typing (or pasting) more; the form refuses
 * the excess when sent. Screen readers hear the count once typing pauses.
 *
 * @summary A labelled multi-line field with a character count that warns but never blocks typing.
 * @tag soh-textarea
 *
 * @csspart label - The label (the page heading when `heading-level` is set).
 * @csspart hint - The hint under the label.
 * @csspart error-message - The error message, after a failed submit.
 * @csspart textarea - The textarea.
 * @csspart count - The characters remaining, or over.
 *
 * @cssprop --soh-field-label - The label's colour. Falls back to `--soh-color-text`.
 * @cssprop --soh-field-hint - The hint's and count's colour. Falls back to `--soh-color-text-secondary`.
 * @cssprop --soh-field-border - The textarea's border. Falls back to `--soh-color-border-control`.
 * @cssprop --soh-field-error - The error's colour, and the count's when over. Falls back to `--soh-color-error`.
 *
 * @cssstate user-invalid - A submit attempt found the value invalid; the error shows.
 */
export class SohTextarea extends SohField<string> {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      .control {
        min-height: 8em;
        resize: vertical;
      }
      .count {
        margin-block-start: 5px;
        color: ${fieldHint};
      }
      .count--over {
        color: ${fieldError};
        font-weight: bold;
      }
    `,
  ];

  /** The most characters the answer may have; the count shows from the start. */
  @property({type: Number}) maxlength?: number;

  /**
   * What the too-long message calls the answer, written for the page's language: in English as a sentence starts
   * ("Your description must be 2000 characters or less"); in Welsh as the words after "Rhaid", with "i" joined and the
   * mutation made ("i’ch disgrifiad"). Without it the message says "your answer"; the label is never pasted in.
   */
  @property({attribute: 'error-label'}) errorLabel = '';

  /** Visible lines. */
  @property({type: Number}) rows = 5;

  /** The `autocomplete` token, where one fits. */
  @property() autocomplete?: string;

  @property() value = '';

  /** What the live region says: the count, once typing pauses. */
  @state() private announcedCount = '';

  @query('textarea') private textarea?: HTMLTextAreaElement;

  private announceTimer?: ReturnType<typeof setTimeout>;

  protected formValue(): string {
    return this.value;
  }

  protected controlElement(): HTMLElement | null {
    return this.textarea ?? null;
  }

  protected emptyValue(): string {
    return '';
  }

  protected override isEmpty(value: string): boolean {
    return value.trim() === '';
  }

  protected override validators(): ReadonlyArray<Validator<string>> {
    const max = this.maxlength;
    if (!max) return [];
    const subject = this.errorLabel;
    return [
      (value, msg) => {
        if ([...value].length <= max) return undefined;
        return {flag: 'tooLong', message: tooLongMessage(subject, max, msg)};
      },
    ];
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected renderContent(): TemplateResult {
    const remaining = this.maxlength ? this.maxlength - [...this.value].length : undefined;
    const describedBy = [this.describedBy(), remaining === undefined ? '' : 'count'].filter(Boolean).join(' ');
    return html`<div class="wrapper">
      ${this.renderLabel('textarea')} ${this.renderHint()} ${this.renderError()}
      <textarea
        id="textarea"
        class="control"
        part="textarea"
        rows=${this.rows}
        autocomplete=${ifDefined(this.autocomplete)}
        aria-describedby=${ifDefined(describedBy || undefined)}
        aria-invalid=${this.shownError ? 'true' : 'false'}
        ?disabled=${this.isDisabled}
        ?required=${this.required}
        .value=${this.value}
        @input=${this.onInput}
      ></textarea>
      ${
        remaining === undefined
          ? nothing
          : html`<div id="count" class="count ${remaining < 0 ? 'count--over' : ''}" part="count">
                ${characterCountMessage(this.i18n, remaining)}
              </div>
              <div class="visually-hidden" aria-live="polite">${this.announcedCount}</div>`
      }
    </div>`;
  }

  private onInput(event: InputEvent): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.syncFormState();
    if (!this.maxlength) return;
    // Read the count out once typing pauses, not at every key.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcedCount = characterCountMessage(this.i18n, this.maxlength! - [...this.value].length);
    }, ANNOUNCE_AFTER_MS);
  }
}

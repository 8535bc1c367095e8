import {str} from '@lit/localize';
import {css, html, nothing, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {baseStyles} from '../../core/soh-element.js';
import {borderWidthControl, colorFocus, fieldBorder, space1, space2, space3} from '../../generated/tokens.js';
import {SohField} from '../field-element.js';
import {fieldStyles} from '../field-styles.js';
import type {Validator} from '../validation.js';
import {formatFileSize, isAccepted, sameFile} from './file-size.js';

/**
 * Files chosen for a question (a photo, dash-cam footage): a native file
 * input, so the keyboard, screen readers and phones' camera and gallery all
 * work as they do everywhere, and under it the list of files chosen so far,
 * each with its size and a Remove button. Choosing again adds to the list.
 *
 * The files stay in memory only: a draft cannot keep them, and the upload
 * element sends them.
 *
 * @summary A labelled file question that lists the files chosen, each with Remove.
 * @tag soh-file-input
 *
 * @csspart label - The label (the page heading when `heading-level` is set).
 * @csspart hint - The hint under the label.
 * @csspart error-message - The error message, after a failed submit.
 * @csspart input - The native file input.
 * @csspart file-list - The list of files chosen.
 *
 * @cssprop --soh-field-label - The label's colour. Falls back to `--soh-color-text`.
 * @cssprop --soh-field-border - The border between chosen files. Falls back to `--soh-color-border-control`.
 * @cssprop --soh-field-error - The error's colour. Falls back to `--soh-color-error`.
 *
 * @cssstate user-invalid - A submit attempt found no file, or a file it cannot take; the error shows.
 */
export class SohFileInput extends SohField<ReadonlyArray<File>> {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      .file-control {
        font: inherit;
        max-width: 100%;
        padding: ${space1} 0;
      }
      .file-control::file-selector-button {
        min-height: 44px;
        margin-inline-end: ${space2};
        padding: 0 ${space3};
        font: inherit;
        font-weight: bold;
        cursor: pointer;
      }
      .file-control:focus-visible {
        outline: 3px solid ${colorFocus};
        outline-offset: 2px;
      }
      .files {
        margin: ${space2} 0 0;
        padding: 0;
        list-style: none;
      }
      .file {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: ${space2};
        padding-block: ${space1};
        border-block-end: ${borderWidthControl} solid ${fieldBorder};
        overflow-wrap: anywhere;
      }
      .file__size {
        white-space: nowrap;
      }
    `,
  ];

  /** Which files the question takes, as the native `accept`: `image/*`, `video/*,image/*`, `.pdf`. */
  @property() accept = '';

  /** Whether more than one file may be chosen. */
  @property({type: Boolean}) multiple = false;

  /** The largest file taken, in bytes; 0 for no limit (the upload element takes gigabytes). */
  @property({attribute: 'max-size', type: Number}) maxSize = 0;

  @state() private files: ReadonlyArray<File> = [];
  @state() private announcement = '';

  @query('input') private input?: HTMLInputElement;

  get value(): ReadonlyArray<File> {
    return this.files;
  }

  set value(files: ReadonlyArray<File>) {
    const next = [...(files ?? [])];
    // The files this field already has (a form handing back what it was told) change nothing.
    if (next.length === this.files.length && next.every((file, index) => file === this.files[index])) return;
    this.files = next;
    this.requestUpdate('value');
  }

  protected formValue(): FormData | null {
    if (this.files.length === 0) return null;
    const data = new FormData();
    for (const file of this.files) data.append(this.name, file);
    return data;
  }

  protected controlElement(): HTMLElement | null {
    return this.input ?? null;
  }

  protected emptyValue(): ReadonlyArray<File> {
    return [];
  }

  protected override isEmpty(files: ReadonlyArray<File>): boolean {
    return files.length === 0;
  }

  protected override validators(): ReadonlyArray<Validator<ReadonlyArray<File>>> {
    const empty: Validator<ReadonlyArray<File>> = (files, msg) => {
      const file = files.find((one) => one.size === 0);
      if (!file) return undefined;
      const name = file.name;
      return {flag: 'badInput', message: msg(str`${name} is empty. Choose another file`, {id: 'file.empty'})};
    };
    const typed: Validator<ReadonlyArray<File>> = (files, msg) => {
      const file = files.find((one) => !isAccepted(one, this.accept));
      if (!file) return undefined;
      const name = file.name;
      return {
        flag: 'typeMismatch',
        message: msg(str`${name} is not a kind of file this question takes. Remove it and choose another`, {
          id: 'file.type',
        }),
      };
    };
    const small: Validator<ReadonlyArray<File>> = (files, msg) => {
      const file = this.maxSize > 0 ? files.find((one) => one.size > this.maxSize) : undefined;
      if (!file) return undefined;
      const name = file.name;
      const limit = formatFileSize(this.maxSize, this.i18n.locale);
      return {flag: 'rangeOverflow', message: msg(str`${name} must be smaller than ${limit}`, {id: 'file.too-big'})};
    };
    return [empty, typed, small];
  }

  protected renderContent(): TemplateResult {
    return html`<div class="wrapper">
      ${this.renderLabel('input')} ${this.renderHint()} ${this.renderError()}
      <input
        id="input"
        class="file-control"
        part="input"
        type="file"
        accept=${ifDefined(this.accept || undefined)}
        ?multiple=${this.multiple}
        aria-describedby=${ifDefined([this.describedBy(), this.files.length ? 'chosen' : ''].filter(Boolean).join(' ') || undefined)}
        aria-invalid=${this.shownError ? 'true' : 'false'}
        ?disabled=${this.isDisabled}
        @change=${this.onChange}
      />
      ${this.renderFiles()}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderFiles(): TemplateResult | typeof nothing {
    if (this.files.length === 0) return nothing;
    const {msg} = this.i18n;
    return html`<p class="hint" id="chosen">${this.chosenText(this.files.length)}</p>
      <ul class="files" part="file-list">
        ${this.files.map(
          (file, index) =>
            html`<li class="file">
              <span>${file.name} <span class="file__size">(${formatFileSize(file.size, this.i18n.locale)})</span></span>
              <button
                type="button"
                class="link-button"
                ?disabled=${this.isDisabled}
                @click=${() => this.removeAt(index)}
              >
                ${msg('Remove', {id: 'file.remove'})}<span class="visually-hidden"> ${file.name}</span>
              </button>
            </li>`,
        )}
      </ul>`;
  }

  /** "2 files chosen", by the plural rules of the language. */
  private chosenText(count: number): string {
    const {msg} = this.i18n;
    return this.i18n.plural(count, {
      zero: () => msg('0 files chosen', {id: 'file.chosen.zero'}),
      one: () => msg('1 file chosen', {id: 'file.chosen.one'}),
      two: () => msg('2 files chosen', {id: 'file.chosen.two'}),
      few: () => msg(str`${count} files chosen`, {id: 'file.chosen.few'}),
      many: () => msg(str`${count} files chosen`, {id: 'file.chosen.many'}),
      other: () => msg(str`${count} files chosen`, {id: 'file.chosen.other'}),
    });
  }

  private onChange(): void {
    const input = this.input!;
    const chosen = [...(input.files ?? [])];
    // Cleared so that a file removed and chosen again fires `change` again.
    input.value = '';
    if (chosen.length === 0) return;
    const kept = this.multiple ? [...this.files] : [];
    for (const file of chosen) if (!kept.some((one) => sameFile(one, file))) kept.push(file);
    this.files = kept;
    this.announcement = this.chosenText(kept.length);
    this.syncFormState();
    this.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }

  private removeAt(index: number): void {
    const removed = this.files[index];
    this.files = this.files.filter((_, at) => at !== index);
    const name = removed.name;
    this.announcement = this.i18n.msg(str`${name} removed`, {id: 'file.removed'});
    this.syncFormState();
    this.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    this.dispatchEvent(new Event('change', {bubbles: true}));
    // The Remove button is gone: focus goes back to choosing files.
    this.input?.focus();
  }
}

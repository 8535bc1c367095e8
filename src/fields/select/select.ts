import {str} from '@lit/localize';
import {css, html, nothing, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {baseStyles} from '../../core/soh-element.js';
import {colorFocus, colorFocusText, fieldBackground, fieldBorder, fieldText} from '../../generated/tokens.js';
import type {ChoiceOption} from '../choice/choice-option.js';
import {SohField} from '../field-element.js';
import {fieldStyles} from '../field-styles.js';
import type {Validator} from '../validation.js';
import {filterOptions} from './filter-options.js';

/**
 * One answer from a long list (an ethnicity, a country, a make of car),
 * found by typing: the ARIA 1.2 combobox pattern, as GOV.UK's accessible
 * autocomplete does it. Arrow keys move through the matches, Enter chooses,
 * Escape closes the list; a screen reader hears how many match. Submits the
 * chosen option's value (a code), never the typed text.
 *
 * @summary A long list of options, narrowed by typing (accessible autocomplete).
 * @tag soh-select
 *
 * @csspart label - The label (the page heading when `heading-level` is set).
 * @csspart hint - The hint under the label.
 * @csspart error-message - The error message, after a failed submit.
 * @csspart input - The text box.
 * @csspart listbox - The list of matches.
 * @csspart option - Each match.
 *
 * @cssprop --soh-field-label - The label's colour. Falls back to `--soh-color-text`.
 * @cssprop --soh-field-border - The box's and list's border. Falls back to `--soh-color-border-control`.
 * @cssprop --soh-field-error - The error's colour. Falls back to `--soh-color-error`.
 *
 * @cssstate user-invalid - A submit attempt found nothing chosen, or text that matches no option; the error shows.
 */
export class SohSelect extends SohField<string> {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      .combobox {
        position: relative;
      }
      .listbox {
        position: absolute;
        z-index: 10;
        inset-inline: 0;
        max-height: 16em;
        overflow-y: auto;
        margin: 0;
        padding: 0;
        list-style: none;
        color: ${fieldText};
        background: ${fieldBackground};
        border: 2px solid ${fieldBorder};
        border-block-start: 0;
      }
      .option {
        padding: 8px;
        cursor: pointer;
        border-block-end: 1px solid ${fieldBorder};
      }
      .option[aria-selected='true'] {
        color: ${colorFocusText};
        background: ${colorFocus};
      }
      @media (forced-colors: active) {
        .option[aria-selected='true'] {
          outline: 3px solid Highlight;
        }
      }
    `,
  ];

  // Declared first: setting `value` below already checks validity, which reads it.
  /** The text in the box. */
  @state() private typed = '';

  /** The options: `{value, label}`, the value a code. */
  @property({type: Array}) options: ChoiceOption[] = [];

  /** The chosen option's value. */
  @property() value = '';

  @state() private open = false;
  @state() private active = -1;

  @query('input') private input?: HTMLInputElement;

  private get filtered(): ChoiceOption[] {
    return filterOptions(this.options, this.typed);
  }

  protected formValue(): string | null {
    return this.value || null;
  }

  protected controlElement(): HTMLElement | null {
    return this.input ?? null;
  }

  protected emptyValue(): string {
    return '';
  }

  protected override isEmpty(): boolean {
    return !this.value && !this.typed.trim();
  }

  protected override validators(): ReadonlyArray<Validator<string>> {
    return [
      (_value, msg) =>
        this.typed.trim() && !this.value
          ? {flag: 'badInput', message: msg('Select an option from the list', {id: 'select.not-in-list'})}
          : undefined,
    ];
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  override formResetCallback(): void {
    this.typed = '';
    super.formResetCallback();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    // A value set from outside shows its label.
    if (changed.has('value') || changed.has('options')) {
      const chosen = this.options.find((option) => option.value === this.value);
      if (chosen && this.typed !== chosen.label) this.typed = chosen.label;
    }
  }

  // The options are chosen with the keyboard through the combobox (ARIA
  // 1.2: aria-activedescendant), so a click is their only own listener.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  protected renderContent(): TemplateResult {
    const matches = this.filtered;
    const activeId = this.open && this.active >= 0 ? `option-${this.active}` : undefined;
    return html`<div class="wrapper">
      ${this.renderLabel('input')} ${this.renderHint()} ${this.renderError()}
      <div class="combobox">
        <input
          id="input"
          class="control"
          part="input"
          role="combobox"
          aria-labelledby="label"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${ifDefined(activeId)}
          aria-describedby=${ifDefined([this.describedBy(), 'usage'].filter(Boolean).join(' '))}
          aria-invalid=${this.shownError ? 'true' : 'false'}
          ?disabled=${this.isDisabled}
          .value=${this.typed}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focus=${() => (this.open = this.typed.trim() !== '' && !this.value)}
          @blur=${this.onBlur}
        />
        <ul
          id="listbox"
          class="listbox"
          part="listbox"
          role="listbox"
          aria-labelledby="label"
          ?hidden=${!this.open || matches.length === 0}
        >
          ${
            this.open
              ? matches.map(
                  (option, index) =>
                    html`<li
                      id="option-${index}"
                      class="option"
                      part="option"
                      role="option"
                      aria-selected=${index === this.active ? 'true' : 'false'}
                      @mousedown=${(event: Event) => event.preventDefault()}
                      @click=${() => this.choose(option)}
                    >
                      ${option.label}
                    </li>`,
                )
              : nothing
          }
        </ul>
      </div>
      <span class="visually-hidden" id="usage">
        ${this.i18n.msg('Type to narrow the list, then use the up and down arrows to choose.', {id: 'select.usage'})}
      </span>
      <div class="visually-hidden" role="status">${this.open ? this.resultsText(matches.length) : ''}</div>
    </div>`;
  }

  /* eslint-enable lit-a11y/click-events-have-key-events */

  /** "5 results are available", by the plural rules of the language. */
  private resultsText(count: number): string {
    const {msg} = this.i18n;
    // None is its own sentence in both languages, whatever the plural rules call 0.
    if (count === 0) return msg('No results found', {id: 'select.results.none'});
    return this.i18n.plural(count, {
      zero: () => msg('0 results are available', {id: 'select.results.zero'}),
      one: () => msg('1 result is available', {id: 'select.results.one'}),
      two: () => msg('2 results are available', {id: 'select.results.two'}),
      few: () => msg(str`${count} results are available`, {id: 'select.results.few'}),
      many: () => msg(str`${count} results are available`, {id: 'select.results.many'}),
      other: () => msg(str`${count} results are available`, {id: 'select.results.other'}),
    });
  }

  private onInput(event: InputEvent): void {
    this.typed = (event.target as HTMLInputElement).value;
    this.value = '';
    this.open = this.typed.trim() !== '';
    this.active = -1;
    this.syncFormState();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.filtered.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.open = true;
        this.active = count === 0 ? -1 : Math.min(count - 1, this.active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.active = Math.max(-1, this.active - 1);
        break;
      case 'Enter':
        // Enter chooses the highlighted match; with the list closed it submits, as a text box does (through the
        // form's own method: a field named like it, a question "requestSubmit", would take its place on the form).
        event.preventDefault();
        if (this.open && this.active >= 0) this.choose(this.filtered[this.active]);
        else if (this.form) HTMLFormElement.prototype.requestSubmit.call(this.form);
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
        }
        break;
    }
  }

  private onBlur(): void {
    // Typed text that is exactly one option's label counts as choosing it.
    if (!this.value) {
      const exact = this.options.find((option) => option.label.toLowerCase() === this.typed.trim().toLowerCase());
      if (exact) this.choose(exact);
    }
    this.open = false;
  }

  private choose(option: ChoiceOption): void {
    this.value = option.value;
    this.typed = option.label;
    this.open = false;
    this.active = -1;
    this.syncFormState();
    this.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    this.dispatchEvent(new Event('change', {bubbles: true}));
  }
}

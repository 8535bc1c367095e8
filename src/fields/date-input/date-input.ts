import {css, html, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {baseStyles} from '../../core/soh-element.js';
import {fieldError, fieldLabel, space3} from '../../generated/tokens.js';
import {SohField} from '../field-element.js';
import {fieldStyles} from '../field-styles.js';
import type {Validator} from '../validation.js';
import {dateProblemMessage} from './date-messages.js';
import {
  checkDate,
  emptyParts,
  isBlank,
  partsFromIso,
  type DatePart,
  type DateParts,
  type DateProblem,
} from './date-parts.js';

const PARTS: ReadonlyArray<DatePart> = ['day', 'month', 'year'];

/**
 * A date as three boxes, day, month and year, as GOV.UK asks for it: easy
 * to type from memory or a document, never jumping from box to box by
 * itself. Submits an ISO date (`2026-11-25`) once the date is complete and
 * real; says which part is missing or wrong when it is not.
 *
 * @summary A memorable date (day, month, year) with GOV.UK's messages.
 * @tag soh-date-input
 *
 * @csspart label - The question (the legend).
 * @csspart hint - The hint under the question.
 * @csspart error-message - The error message, after a failed submit.
 * @csspart input - Each of the three boxes.
 *
 * @cssprop --soh-field-label - The question's colour. Falls back to `--soh-color-text`.
 * @cssprop --soh-field-border - The boxes' borders. Falls back to `--soh-color-border-control`.
 * @cssprop --soh-field-error - The error's colour. Falls back to `--soh-color-error`.
 *
 * @cssstate user-invalid - A submit attempt found the date incomplete or wrong; the error shows.
 */
export class SohDateInput extends SohField<string> {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
        min-width: 0;
      }
      legend {
        padding: 0;
        font-weight: bold;
        color: ${fieldLabel};
        margin-block-end: 5px;
      }
      .parts {
        display: flex;
        flex-wrap: wrap;
        gap: ${space3};
      }
      .part .label {
        font-weight: normal;
      }
      .part .control {
        width: 3.5em;
      }
      .part--year .control {
        width: 5em;
      }
      .part .control[aria-invalid='true'] {
        border-color: ${fieldError};
      }
    `,
  ];

  /** What the messages call the date: "Date of birth" gives "Date of birth must include a month". Defaults to the label. */
  @property({attribute: 'error-label'}) errorLabel = '';

  /** The date must be today or earlier. */
  @property({type: Boolean}) past = false;

  /** `bday` for a date of birth: the boxes get `bday-day`, `bday-month`, `bday-year`. */
  @property() autocomplete?: 'bday';

  /** What was typed, box by box. */
  @state() private parts: DateParts = emptyParts();

  @query('#day') private dayInput?: HTMLInputElement;

  /** The date, as `YYYY-MM-DD`, or empty while it is incomplete or not real. */
  get value(): string {
    const checked = checkDate(this.parts, {past: this.past});
    return 'iso' in checked ? checked.iso : '';
  }

  set value(iso: string) {
    this.parts = partsFromIso(iso);
  }

  protected formValue(): string {
    return this.value;
  }

  protected controlElement(): HTMLElement | null {
    const problem = this.problem();
    const first = problem && 'parts' in problem ? problem.parts[0] : problem?.kind === 'year-digits' ? 'year' : 'day';
    return this.renderRoot.querySelector<HTMLInputElement>(`#${first}`) ?? this.dayInput ?? null;
  }

  protected emptyValue(): string {
    return '';
  }

  protected override isEmpty(): boolean {
    return isBlank(this.parts);
  }

  protected override validators(): ReadonlyArray<Validator<string>> {
    return [
      (_value, msg) => {
        const problem = this.problem();
        if (!problem) return undefined;
        const flag = problem.kind === 'not-past' ? 'rangeOverflow' : 'badInput';
        return {flag, message: dateProblemMessage(problem, this.errorLabel || this.label, msg)};
      },
    ];
  }

  protected override syncFormState(): void {
    super.syncFormState();
    // The boxes as typed, so the browser can give them back on restore.
    this.internals.setFormValue(this.formValue(), `${this.parts.day}/${this.parts.month}/${this.parts.year}`);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    if (state.includes('/')) {
      const [day = '', month = '', year = ''] = state.split('/');
      this.parts = {day, month, year};
    } else {
      this.parts = partsFromIso(state);
    }
  }

  private problem(): DateProblem | undefined {
    if (isBlank(this.parts)) return undefined;
    const checked = checkDate(this.parts, {past: this.past});
    return 'problem' in checked ? checked.problem : undefined;
  }

  private partInError(part: DatePart): boolean {
    if (!this.shownError) return false;
    const problem = this.problem();
    if (!problem) return isBlank(this.parts);
    if ('parts' in problem) return problem.parts.includes(part);
    return problem.kind === 'year-digits' ? part === 'year' : true;
  }

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    const names: Record<DatePart, string> = {
      day: msg('Day', {id: 'date.day'}),
      month: msg('Month', {id: 'date.month'}),
      year: msg('Year', {id: 'date.year'}),
    };
    const heading = this.headingLevel > 0;
    const legend = html`<span class=${heading ? 'heading label' : ''} part="label">${this.label}</span>`;
    return html`<div class="wrapper">
      <fieldset role="group" aria-describedby=${ifDefined(this.describedBy() || undefined)}>
        <legend>
          ${heading ? html`<span role="heading" aria-level=${Math.min(6, this.headingLevel)}>${legend}</span>` : legend}
        </legend>
        ${this.renderHint()} ${this.renderError()}
        <div class="parts">
          ${PARTS.map(
            (part) =>
              html`<div class="part part--${part}">
                <label class="label" for=${part}>${names[part]}</label>
                <input
                  id=${part}
                  class="control"
                  part="input"
                  inputmode="numeric"
                  autocomplete=${ifDefined(this.autocomplete ? `bday-${part}` : undefined)}
                  aria-invalid=${this.partInError(part) ? 'true' : 'false'}
                  ?disabled=${this.isDisabled}
                  .value=${this.parts[part]}
                  @input=${(event: InputEvent) => this.onInput(part, (event.target as HTMLInputElement).value)}
                />
              </div>`,
          )}
        </div>
      </fieldset>
    </div>`;
  }

  private onInput(part: DatePart, typed: string): void {
    this.parts = {...this.parts, [part]: typed};
    this.syncFormState();
  }
}

import {property} from 'lit/decorators.js';
import {baseStyles} from '../../core/soh-element.js';
import {fieldStyles} from '../field-styles.js';
import {PartsField, partsFieldStyles, type PartBox} from '../parts-field.js';
import type {Validator} from '../validation.js';
import {dateProblemMessage} from './date-messages.js';
import {checkDate, partsFromIso, type DatePart, type DateProblem} from './date-parts.js';

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
export class SohDateInput extends PartsField<DatePart> {
  static override styles = [baseStyles, fieldStyles, partsFieldStyles];

  /**
   * What the messages call the date, written for the page's language: in English as a sentence starts ("Your date
   * of birth" gives "Your date of birth must include a month"); in Welsh as the words after "Rhaid", with "i" joined
   * and the mutation made ("i’ch dyddiad geni" gives "Rhaid i’ch dyddiad geni gynnwys mis"). Without it the
   * messages say "the date". The label is never used: pasted into a sentence, it reads wrongly in Welsh.
   */
  @property({attribute: 'error-label'}) errorLabel = '';

  /** The date must be today or earlier. */
  @property({type: Boolean}) past = false;

  /** `bday` for a date of birth: the boxes get `bday-day`, `bday-month`, `bday-year`. */
  @property() autocomplete?: 'bday';

  constructor() {
    super(['day', 'month', 'year']);
  }

  /** The date, as `YYYY-MM-DD`, or empty while it is incomplete or not real. */
  get value(): string {
    const checked = checkDate(this.parts, {past: this.past});
    return 'iso' in checked ? checked.iso : '';
  }

  set value(iso: string) {
    // The value this field already has (a form handing back what it was told)
    // must not rewrite the boxes while the person is typing in them.
    if (iso === this.value) return;
    this.parts = partsFromIso(iso);
  }

  protected boxes(): ReadonlyArray<PartBox<DatePart>> {
    const {msg} = this.i18n;
    const autocomplete = (part: DatePart) => (this.autocomplete ? `bday-${part}` : undefined);
    return [
      {part: 'day', label: msg('Day', {id: 'date.day'}), size: 2, autocomplete: autocomplete('day')},
      {part: 'month', label: msg('Month', {id: 'date.month'}), size: 2, autocomplete: autocomplete('month')},
      {part: 'year', label: msg('Year', {id: 'date.year'}), size: 4, autocomplete: autocomplete('year')},
    ];
  }

  protected partsInError(): ReadonlyArray<DatePart> {
    const problem = this.problem();
    if (!problem) return [];
    if ('parts' in problem) return problem.parts;
    return problem.kind === 'year-digits' ? ['year'] : ['day', 'month', 'year'];
  }

  protected override validators(): ReadonlyArray<Validator<string>> {
    return [
      (_value, msg) => {
        const problem = this.problem();
        if (!problem) return undefined;
        const flag = problem.kind === 'not-past' ? 'rangeOverflow' : 'badInput';
        return {flag, message: dateProblemMessage(problem, this.errorLabel, msg)};
      },
    ];
  }

  private problem(): DateProblem | undefined {
    if (this.blank()) return undefined;
    const checked = checkDate(this.parts, {past: this.past});
    return 'problem' in checked ? checked.problem : undefined;
  }
}

import {property} from 'lit/decorators.js';
import {baseStyles} from '../../core/soh-element.js';
import {fieldStyles} from '../field-styles.js';
import {PartsField, partsFieldStyles, type PartBox} from '../parts-field.js';
import type {Validator} from '../validation.js';
import {timeProblemMessage} from './time-messages.js';
import {checkTime, partsFromTime, type TimePart, type TimeProblem} from './time-parts.js';

/**
 * A time of day as two boxes, hour and minute, on the 24-hour clock.
 * Submits `HH:MM` once the time is complete and real.
 *
 * @summary A time of day (hour, minute; 24-hour clock).
 * @tag soh-time-input
 *
 * @csspart label - The question (the legend).
 * @csspart hint - The hint under the question.
 * @csspart error-message - The error message, after a failed submit.
 * @csspart input - Each of the two boxes.
 *
 * @cssprop --soh-field-label - The question's colour. Falls back to `--soh-color-text`.
 * @cssprop --soh-field-border - The boxes' borders. Falls back to `--soh-color-border-control`.
 * @cssprop --soh-field-error - The error's colour. Falls back to `--soh-color-error`.
 *
 * @cssstate user-invalid - A submit attempt found the time incomplete or wrong; the error shows.
 */
export class SohTimeInput extends PartsField<TimePart> {
  static override styles = [baseStyles, fieldStyles, partsFieldStyles];

  /**
   * What the messages call the time, written for the page's language: in English as a sentence starts ("The time it
   * happened must include a minute"); in Welsh as the words after "Rhaid", with "i" joined and the mutation made
   * ("i’r amser y digwyddodd"). Without it the messages say "the time"; the label is never pasted in.
   */
  @property({attribute: 'error-label'}) errorLabel = '';

  constructor() {
    super(['hour', 'minute']);
  }

  /** The time, as `HH:MM`, or empty while it is incomplete or not real. */
  get value(): string {
    const checked = checkTime(this.parts);
    return 'time' in checked ? checked.time : '';
  }

  set value(time: string) {
    // The value this field already has must not rewrite the boxes mid-typing (see SohDateInput).
    if (time === this.value) return;
    this.parts = partsFromTime(time);
  }

  protected boxes(): ReadonlyArray<PartBox<TimePart>> {
    const {msg} = this.i18n;
    return [
      {part: 'hour', label: msg('Hour', {id: 'time.hour'}), size: 2},
      {part: 'minute', label: msg('Minute', {id: 'time.minute'}), size: 2},
    ];
  }

  protected partsInError(): ReadonlyArray<TimePart> {
    return this.problem()?.parts ?? [];
  }

  protected override validators(): ReadonlyArray<Validator<string>> {
    return [
      (_value, msg) => {
        const problem = this.problem();
        if (!problem) return undefined;
        return {flag: 'badInput', message: timeProblemMessage(problem, this.errorLabel, msg)};
      },
    ];
  }

  private problem(): TimeProblem | undefined {
    if (this.blank()) return undefined;
    const checked = checkTime(this.parts);
    return 'problem' in checked ? checked.problem : undefined;
  }
}

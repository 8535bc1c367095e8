import {property} from 'lit/decorators.js';
import {baseStyles} from '../../core/soh-element.js';
import {fieldStyles} from '../field-styles.js';
import {ChoiceGroup} from './choice-group.js';
import {choiceStyles} from './choice-styles.js';

/**
 * One answer from a few: a fieldset of radios, the question as its legend.
 * The arrow keys move between options, as with any radio group.
 *
 * @summary A question with one answer from a short list, as radios.
 * @tag soh-radios
 *
 * @csspart label - The question (the legend).
 * @csspart hint - The hint under the question.
 * @csspart error-message - The error message, after a failed submit.
 * @csspart option - Each option's row.
 *
 * @cssprop --soh-field-label - The question's colour. Falls back to `--soh-color-text`.
 * @cssprop --soh-field-border - The radios' colour. Falls back to `--soh-color-border-control`.
 * @cssprop --soh-field-error - The error's colour. Falls back to `--soh-color-error`.
 *
 * @cssstate user-invalid - A submit attempt found no answer chosen; the error shows.
 */
export class SohRadios extends ChoiceGroup<string> {
  static override styles = [baseStyles, fieldStyles, choiceStyles];

  /** The chosen option's value, or empty. */
  @property() value = '';

  protected inputType = 'radio' as const;

  protected formValue(): string | null {
    return this.value || null;
  }

  protected emptyValue(): string {
    return '';
  }

  protected isChosen(value: string): boolean {
    return value === this.value;
  }

  protected onToggle(input: HTMLInputElement): void {
    if (!input.checked) return;
    this.value = input.value;
    this.syncFormState();
    this.announceChange();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }
}

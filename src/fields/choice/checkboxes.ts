import {property} from 'lit/decorators.js';
import {baseStyles} from '../../core/soh-element.js';
import {fieldStyles} from '../field-styles.js';
import {ChoiceGroup} from './choice-group.js';
import {choiceStyles} from './choice-styles.js';

/**
 * Any number of answers from a list: a fieldset of checkboxes. Each chosen
 * value is submitted under the field's name, as native checkboxes are.
 *
 * @summary A question with any number of answers from a list, as checkboxes.
 * @tag soh-checkboxes
 *
 * @csspart label - The question (the legend).
 * @csspart hint - The hint under the question.
 * @csspart error-message - The error message, after a failed submit.
 * @csspart option - Each option's row.
 *
 * @cssprop --soh-field-label - The question's colour. Falls back to `--soh-color-text`.
 * @cssprop --soh-field-border - The checkboxes' colour. Falls back to `--soh-color-border-control`.
 * @cssprop --soh-field-error - The error's colour. Falls back to `--soh-color-error`.
 *
 * @cssstate user-invalid - A submit attempt found nothing chosen where something must be; the error shows.
 */
export class SohCheckboxes extends ChoiceGroup<string[]> {
  static override styles = [baseStyles, fieldStyles, choiceStyles];

  /** The chosen options' values, in the order of the options. */
  @property({type: Array}) value: string[] = [];

  protected inputType = 'checkbox' as const;

  protected override isEmpty(value: string[]): boolean {
    return value.length === 0;
  }

  protected formValue(): FormData | null {
    if (this.value.length === 0) return null;
    const data = new FormData();
    for (const chosen of this.value) data.append(this.name, chosen);
    return data;
  }

  protected emptyValue(): string[] {
    return [];
  }

  protected isChosen(value: string): boolean {
    return this.value.includes(value);
  }

  protected onToggle(): void {
    this.value = [...this.inputs].filter((input) => input.checked).map((input) => input.value);
    this.syncFormState();
    this.announceChange();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) this.value = state.getAll(this.name).map(String);
  }
}

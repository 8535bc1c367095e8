import {baseStyles} from '../../core/soh-element.js';
import {fieldStyles} from '../field-styles.js';
import {choiceStyles} from './choice-styles.js';
import type {ChoiceOption} from './choice-option.js';
import {SohRadios} from './radios.js';

/**
 * A yes-or-no question: two radios side by side, submitting `yes` or `no`
 * whatever the language.
 *
 * @summary A yes-or-no question, as two inline radios.
 * @tag soh-yes-no
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
export class SohYesNo extends SohRadios {
  static override styles = [baseStyles, fieldStyles, choiceStyles];

  constructor() {
    super();
    this.inline = true;
  }

  protected override choices(): ReadonlyArray<ChoiceOption> {
    const {msg} = this.i18n;
    return [
      {value: 'yes', label: msg('Yes', {id: 'field.yes'})},
      {value: 'no', label: msg('No', {id: 'field.no'})},
    ];
  }
}

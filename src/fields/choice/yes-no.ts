import {property} from 'lit/decorators.js';
import {baseStyles} from '../../core/soh-element.js';
import {fieldStyles} from '../field-styles.js';
import {choiceStyles} from './choice-styles.js';
import type {ChoiceOption} from './choice-option.js';
import {SohRadios} from './radios.js';

/**
 * A yes-or-no question: two radios side by side, submitting `yes` or `no`
 * whatever the language. In Welsh the answer follows the question's verb, so
 * a form gives the words with `yes-label` and `no-label` (the default is the
 * neutral "Ie" / "Na").
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

  /**
   * The words for yes, where the question needs its own: Welsh answers with
   * the question's verb ("Oes" / "Nac oes", "Do" / "Naddo", "Ydw" / "Nac ydw").
   */
  @property({attribute: 'yes-label'}) yesLabel = '';

  /** The words for no, where the question needs its own. */
  @property({attribute: 'no-label'}) noLabel = '';

  protected override choices(): ReadonlyArray<ChoiceOption> {
    const {msg} = this.i18n;
    return [
      {value: 'yes', label: this.yesLabel || msg('Yes', {id: 'field.yes'})},
      {value: 'no', label: this.noLabel || msg('No', {id: 'field.no'})},
    ];
  }
}

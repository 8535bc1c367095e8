import {str} from '@lit/localize';
import type {Msg} from '../../core/localize/translator.js';

/**
 * "Your description must be 2000 characters or less": written whole about
 * `subject` (the field's `error-label`; in Welsh the words after "Rhaid",
 * "i’ch disgrifiad"), or about "your answer" when the page gave none. The
 * label is never pasted in: a question ("What happened?") is not a subject.
 */
export function tooLongMessage(subject: string, max: number, msg: Msg): string {
  return subject
    ? msg(str`${subject} must be ${max} characters or less`, {id: 'field.too-long'})
    : msg(str`Your answer must be ${max} characters or less`, {id: 'field.too-long.your-answer'});
}

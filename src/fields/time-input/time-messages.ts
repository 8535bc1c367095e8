import {str} from '@lit/localize';
import type {Msg} from '../../core/localize/translator.js';
import type {TimeProblem} from './time-parts.js';

/**
 * The messages for a time, written whole about `subject` (the field's
 * `error-label`, in Welsh the words after "Rhaid": "i’r amser y digwyddodd")
 * and about "the time" when the page gave none, as the date's are.
 */
export function timeProblemMessage(problem: TimeProblem, subject: string, msg: Msg): string {
  const missing = problem.kind === 'not-real' ? undefined : problem.parts[0];
  if (subject) {
    if (!missing) return msg(str`${subject} must be a real time, like 09:30 or 17:45`, {id: 'time.not-real'});
    return missing === 'hour'
      ? msg(str`${subject} must include an hour`, {id: 'time.missing.hour'})
      : msg(str`${subject} must include a minute`, {id: 'time.missing.minute'});
  }
  if (!missing) return msg('The time must be a real time, like 09:30 or 17:45', {id: 'time.the.not-real'});
  return missing === 'hour'
    ? msg('The time must include an hour', {id: 'time.the.missing.hour'})
    : msg('The time must include a minute', {id: 'time.the.missing.minute'});
}

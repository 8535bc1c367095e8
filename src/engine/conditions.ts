import type {Answers, Condition} from './definition.js';

function isAnswered(value: Answers[string] | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
}

/** Whether a condition holds for these answers. A question not yet answered equals nothing. */
export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((part) => holds(part, answers));
  if ('any' in condition) return condition.any.some((part) => holds(part, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const value = answers[condition.question];
  if ('answered' in condition) return isAnswered(value) === condition.answered;
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if ('equals' in condition) return values.includes(condition.equals);
  return values.some((one) => condition.in.includes(one));
}

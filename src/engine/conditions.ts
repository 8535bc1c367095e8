import type {Answers, Condition} from './definition.js';

function isAnswered(value: Answers[string] | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return value !== undefined && Object.values(value).some((part) => part?.trim());
}

/** Whether a condition holds for these answers. A question not yet answered equals nothing. */
export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((part) => holds(part, answers));
  if ('any' in condition) return condition.any.some((part) => holds(part, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const value = answers[condition.question];
  if ('answered' in condition) return isAnswered(value) === condition.answered;
  const values: ReadonlyArray<string> = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  if ('equals' in condition) return values.includes(condition.equals);
  return values.some((one) => condition.in.includes(one));
}

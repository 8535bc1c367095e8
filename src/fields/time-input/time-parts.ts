export type TimePart = 'hour' | 'minute';

export type TimeProblem = {kind: 'missing'; parts: TimePart[]} | {kind: 'not-real'; parts: TimePart[]};

const DIGITS = /^\d{1,2}$/;

/** Checks a 24-hour time typed as hour and minute; answers `HH:MM`, or the problem. */
export function checkTime(parts: Record<TimePart, string>): {time: string} | {problem: TimeProblem} {
  const hour = parts.hour.trim();
  const minute = parts.minute.trim();
  const missing = (['hour', 'minute'] as const).filter((part) => (part === 'hour' ? hour : minute) === '');
  if (missing.length > 0) return {problem: {kind: 'missing', parts: missing}};
  const wrong: TimePart[] = [];
  if (!DIGITS.test(hour) || Number(hour) > 23) wrong.push('hour');
  if (!DIGITS.test(minute) || Number(minute) > 59) wrong.push('minute');
  if (wrong.length > 0) return {problem: {kind: 'not-real', parts: wrong}};
  return {time: `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`};
}

export function partsFromTime(time: string): Record<TimePart, string> {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? {hour: match[1], minute: match[2]} : {hour: '', minute: ''};
}

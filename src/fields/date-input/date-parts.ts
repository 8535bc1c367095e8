/** What a person typed into the three boxes of a date. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export type DateProblem =
  | {kind: 'missing'; parts: DatePart[]}
  | {kind: 'year-digits'}
  | {kind: 'not-real'; parts: DatePart[]}
  | {kind: 'not-past'};

const DIGITS = /^\d+$/;

export function emptyParts(): DateParts {
  return {day: '', month: '', year: ''};
}

export function isBlank(parts: DateParts): boolean {
  return !parts.day.trim() && !parts.month.trim() && !parts.year.trim();
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/**
 * Checks a date as GOV.UK's date input does, in its order: a part missing,
 * then a year without four digits, then a date that does not exist, then
 * (where asked) one in the future. Answers the ISO date, or the problem.
 */
export function checkDate(
  parts: DateParts,
  options: {past?: boolean; today?: Date} = {},
): {iso: string} | {problem: DateProblem} {
  const trimmed = {day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim()};
  const missing = (['day', 'month', 'year'] as const).filter((part) => trimmed[part] === '');
  if (missing.length > 0) return {problem: {kind: 'missing', parts: missing}};
  if (!DIGITS.test(trimmed.year) || trimmed.year.length !== 4) return {problem: {kind: 'year-digits'}};
  const wrong = (['day', 'month'] as const).filter((part) => !DIGITS.test(trimmed[part]));
  if (wrong.length > 0) return {problem: {kind: 'not-real', parts: wrong}};
  const [day, month, year] = [Number(trimmed.day), Number(trimmed.month), Number(trimmed.year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12) return {problem: {kind: 'not-real', parts: ['month']}};
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1)
    return {problem: {kind: 'not-real', parts: ['day']}};
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (options.past) {
    const today = options.today ?? new Date();
    const todayIso = `${pad(today.getFullYear(), 4)}-${pad(today.getMonth() + 1, 2)}-${pad(today.getDate(), 2)}`;
    if (iso > todayIso) return {problem: {kind: 'not-past'}};
  }
  return {iso};
}

/** The parts of an ISO date (`2026-11-25`), or empty boxes. */
export function partsFromIso(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return emptyParts();
  return {year: match[1], month: String(Number(match[2])), day: String(Number(match[3]))};
}

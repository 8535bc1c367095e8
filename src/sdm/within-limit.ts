/**
 * A value for an SDM attribute, if it fits the attribute's length. The forms
 * sometimes take more than the SDM holds (a 100-character "known as" where the
 * SDM's `alias` holds 40); such a value is not cut, because a cut name or
 * number is a wrong one: it stays whole in `submissionContent`, which carries
 * every answer as the person gave it.
 */
export function withinLimit(value: string | undefined, maxLength: number): string | undefined {
  return value !== undefined && value.length <= maxLength ? value : undefined;
}

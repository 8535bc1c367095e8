/** The SDM's `givenName` (a list) and `surname` each hold up to 35 characters a name. */
const NAME_LENGTH = 35;

/**
 * A name as it was typed in one box ("Jo Anne Bloggs"), as the SDM's
 * `givenName` and `surname`: the last word as surname, the rest as given
 * names; one word is a given name only. For names the person reporting gives
 * about someone else (or themselves, where a form asks one box). A word longer
 * than the SDM holds leaves the name to `submissionContent`.
 */
export function personName(typed: string | undefined): {givenName?: string[]; surname?: string} {
  const words = (typed ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.some((word) => word.length > NAME_LENGTH)) return {};
  if (words.length === 1) return {givenName: words};
  return {givenName: words.slice(0, -1), surname: words.at(-1)};
}

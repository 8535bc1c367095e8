/**
 * A name as it was typed in one box ("Jo Anne Bloggs"), as the SDM's
 * `givenNames` and `surname`: the last word as surname, the rest as given
 * names; one word is a given name only. For names the person reporting gives
 * about someone else (or themselves, where a form asks one box).
 */
export function personName(typed: string | undefined): {givenNames?: string[]; surname?: string} {
  const words = (typed ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return {};
  if (words.length === 1) return {givenNames: words};
  return {givenNames: words.slice(0, -1), surname: words.at(-1)};
}

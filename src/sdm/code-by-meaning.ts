/**
 * The code an SDM list gives a meaning ("Upload my evidence now" is
 * `HTPY_0002`), found by its words, so a force that drops in the official list
 * with other numbers regenerates and sends the right code. Throws when the list
 * has no such meaning: a profile that lost it must fail the build, not send a
 * wrong code.
 */
export function codeByMeaning(list: ReadonlyArray<{code: string; en: string}>, meaning: string): string {
  const entry = list.find((candidate) => candidate.en === meaning);
  if (!entry) throw new Error(`The SDM profile has no code meaning "${meaning}" in this list.`);
  return entry.code;
}

/**
 * Forces whose elements speak Welsh where the page declares no language (no
 * `lang` on the element, its ancestors or the document). A page that says
 * `lang="en"` still gets English. Apart from the other per-force settings
 * (service-offers.ts) because every element reads it before its first render.
 */
const WELSH_BY_DEFAULT: ReadonlySet<string> = new Set(['north-wales']);

export function speaksWelshByDefault(forceId: string): boolean {
  return WELSH_BY_DEFAULT.has(forceId.trim().toLowerCase());
}

/**
 * Addresses the library may link to or send the person to: those that
 * resolve, against the page, to `http:` or `https:`. Anything else
 * (`javascript:`, `data:`, `blob:`, `vbscript:`, an address that does not
 * parse) could run script or show content in the page's name, so it is
 * refused, and the caller does something safe instead.
 *
 * Every address an element takes from an attribute or from the endpoint
 * goes through here before it becomes a link or a navigation.
 */

/**
 * The address resolved against the page, when it is `http:` or `https:`; `undefined` otherwise. Says nothing.
 *
 * @param address - The address as given: absolute, or relative to the page.
 */
export function httpAddress(address: string | null | undefined): URL | undefined {
  try {
    const url = new URL(address ?? '', document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // Not an address at all: refused, as any other.
  }
  return undefined;
}

/**
 * As {@link httpAddress}, and a refusal is told to the developer in the
 * console, naming what gave the address.
 *
 * @param address - The address as given: absolute, or relative to the page.
 * @param where - What gave it: `<soh-exit-page> exit-url`.
 */
export function webAddress(address: string | null | undefined, where: string): URL | undefined {
  const url = httpAddress(address);
  if (!url) console.error(`[soh-elements] ${where}: "${address}" is not an http(s) address, so it is not used.`);
  return url;
}

/**
 * Registers a custom element once.
 *
 * A force's page may load this library twice (a CMS widget and a page
 * template both adding the script tag). The platform throws on a second
 * `customElements.define()` for the same name, which would stop every
 * element registered after it; we warn instead and keep the first.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing !== elementClass) {
      console.warn(
        `[soh-elements] <${tagName}> is already registered, probably because the library ` +
          `is loaded twice on this page. The first registration is kept.`,
      );
    }
    return;
  }
  customElements.define(tagName, elementClass);
}

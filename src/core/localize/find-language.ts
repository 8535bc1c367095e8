/**
 * The language an element should speak: its own `lang`, else the nearest
 * ancestor's, crossing shadow roots outwards (an element placed inside
 * another component's shadow DOM still follows the page), else the
 * document's; empty when none of them says.
 */
export function findLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

import {escapeHtml} from '../escape-html.js';

/** Markup that is already safe: written here, or built by {@link html} from escaped parts. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Markup | string | number | ReadonlyArray<Markup> | undefined | false;

/**
 * The site's pages as text, with every interpolated value escaped unless it is markup made here: a word list's
 * text, a service's title or an address can never become a tag or an attribute.
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let text = strings[0];
  parts.forEach((part, index) => {
    text += render(part) + strings[index + 1];
  });
  return new Markup(text);
}

function render(part: Part): string {
  if (part === undefined || part === false) return '';
  if (part instanceof Markup) return part.text;
  if (Array.isArray(part)) return part.map((item: Markup) => item.text).join('');
  return escapeHtml(String(part));
}

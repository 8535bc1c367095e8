/**
 * Applies a force's theme inside an element's shadow root: a constructed
 * stylesheet that sets the force's token values on `:host`. Constructed
 * sheets need no `style-src 'unsafe-inline'`, and values set on `:host` lose
 * to the page's own `soh-*` rules, so a force can still adjust a token.
 *
 * The force themes load on first use, as one small module.
 */
const sheets = new Map<string, CSSStyleSheet>();
let themes: Promise<Readonly<Record<string, string>>> | undefined;
const ours = new WeakSet<CSSStyleSheet>();
const wanted = new WeakMap<ShadowRoot, string | undefined>();

async function sheetFor(forceId: string): Promise<CSSStyleSheet | undefined> {
  const cached = sheets.get(forceId);
  if (cached) return cached;
  themes ??= import('../generated/themes/force-themes.js').then((module) => module.forceThemes);
  const declarations = (await themes)[forceId];
  if (declarations === undefined) return undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host{${declarations}}`);
  ours.add(sheet);
  sheets.set(forceId, sheet);
  return sheet;
}

/**
 * Puts the force's theme (or none, for the base theme) into a shadow root.
 * Resolves to whether there is a theme for the force: every force we know has one.
 */
export async function adoptForceTheme(root: ShadowRoot, forceId: string | undefined): Promise<boolean> {
  wanted.set(root, forceId);
  const sheet = forceId ? await sheetFor(forceId) : undefined;
  // The force may have changed again while its theme was loading.
  if (wanted.get(root) === forceId) {
    const others = root.adoptedStyleSheets.filter((existing) => !ours.has(existing));
    root.adoptedStyleSheets = sheet ? [...others, sheet] : others;
  }
  return sheet !== undefined;
}

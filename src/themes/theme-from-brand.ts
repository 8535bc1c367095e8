/**
 * A force's theme from one brand colour (`npx soh-elements theme`, and
 * `themeFromBrand` in `soh-elements/theme`): the colours a force's token file
 * sets, each derived from the brand and held to WCAG 2.2 AA against what it
 * is read on, and a report of every colour that had to change to get there.
 *
 * What a theme sets (src/themes/base.tokens.json, tier 2):
 * - `soh.color.brand`: primary buttons and the brand bar. White text sits on
 *   it (4.5:1), and it is a control against the white page (3:1).
 * - `soh.color.link`: links, on the white page and on the subtle grey
 *   background (4.5:1 each).
 * The page, text, focus (GOV.UK's yellow with a black bar) and error colours
 * are the same for every force: they are what people know to look for.
 */

/** What the theme's colours are read against: the base theme's page, subtle background and button text. */
const WHITE = '#ffffff';
const SUBTLE = '#f3f2f1';

/** WCAG 2.2 AA: text 4.5:1; a control, its boundary and focus 3:1 (1.4.3, 1.4.11). */
const TEXT = 4.5;

export interface ContrastPair {
  /** The token whose colour is read, such as `soh.color.link`. */
  token: string;
  /** What it is read on, or what is read on it. */
  against: string;
  ratio: number;
  minimum: number;
}

export interface Adjustment {
  token: string;
  /** The colour the brand gave. */
  from: string;
  /** The colour used: the same hue and saturation, darkened until every pair it is in passes. */
  to: string;
  /** Why, in a sentence a designer can act on. */
  reason: string;
}

export interface BrandTheme {
  brand: string;
  link: string;
  /** Every pair the theme's colours are in, as they are now: each passes. */
  pairs: ContrastPair[];
  /** What was changed from the brand colour to pass, if anything. */
  adjustments: Adjustment[];
}

/** `#rrggbb` (or `#rgb`), in lower case with six digits; undefined for anything else. */
export function normalHex(colour: string): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return `#${digits.toLowerCase()}`;
}

function channels(hex: string): [number, number, number] {
  // A token's value that is not a plain colour must fail loudly: NaN would pass every comparison unnoticed.
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

function relativeLuminance(hex: string): number {
  const [red, green, blue] = channels(hex).map((value) => {
    const fraction = value / 255;
    return fraction <= 0.04045 ? fraction / 12.92 : ((fraction + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The WCAG 2.2 contrast ratio of two colours. */
export function contrast(one: string, other: string): number {
  const [lighter, darker] = [relativeLuminance(one), relativeLuminance(other)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The colour scaled towards black by `factor` (0 keeps it, 1 is black): its hue and saturation stay. */
function darkened(hex: string, factor: number): string {
  return `#${channels(hex)
    .map((value) =>
      Math.round(value * (1 - factor))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The lightest darkening of `hex` that reaches `minimum` against every colour in `against`. */
function darkenUntil(hex: string, against: readonly string[], minimum: number): string {
  const passes = (colour: string) => against.every((other) => contrast(colour, other) >= minimum);
  if (passes(hex)) return hex;
  // Contrast against a light background grows as the colour darkens: halve the interval to the smallest step.
  let [low, high] = [0, 1];
  while (high - low > 1 / 1024) {
    const middle = (low + high) / 2;
    if (passes(darkened(hex, middle))) high = middle;
    else low = middle;
  }
  return darkened(hex, high);
}

const rounded = (ratio: number) => Math.floor(ratio * 100) / 100;

/**
 * The theme for a brand colour: the brand itself where it passes, else darkened until white text on it reads
 * (4.5:1, which also makes it a control that stands out from the page at 3:1); links the same hue, darkened until
 * they read on the page and on the subtle background. Throws on a colour that is not `#rrggbb` or `#rgb`.
 */
export function themeFromBrand(colour: string): BrandTheme {
  const given = normalHex(colour);
  if (!given) throw new Error(`Not a colour: "${colour}". Give it as #rrggbb, such as #1c2f5b.`);
  const brand = darkenUntil(given, [WHITE], TEXT);
  const link = darkenUntil(given, [WHITE, SUBTLE], TEXT);
  const adjustments: Adjustment[] = [];
  if (brand !== given)
    adjustments.push({
      token: 'soh.color.brand',
      from: given,
      to: brand,
      reason: `White text on ${given} has ${rounded(contrast(given, WHITE))}:1; it needs 4.5:1.`,
    });
  if (link !== given)
    adjustments.push({
      token: 'soh.color.link',
      from: given,
      to: link,
      reason: `Links in ${given} have ${rounded(Math.min(contrast(given, WHITE), contrast(given, SUBTLE)))}:1 on the page's backgrounds; they need 4.5:1.`,
    });
  const pairs: ContrastPair[] = [
    {token: 'soh.color.on-brand', against: 'soh.color.brand', ratio: contrast(WHITE, brand), minimum: TEXT},
    {token: 'soh.color.brand', against: 'soh.color.background', ratio: contrast(brand, WHITE), minimum: 3},
    {token: 'soh.color.link', against: 'soh.color.background', ratio: contrast(link, WHITE), minimum: TEXT},
    {token: 'soh.color.link', against: 'soh.color.background-subtle', ratio: contrast(link, SUBTLE), minimum: TEXT},
  ].map((pair) => ({...pair, ratio: rounded(pair.ratio)}));
  return {brand, link, pairs, adjustments};
}

/** The report a designer reads: every pair and its ratio, then what was changed and why. */
export function themeReport(theme: BrandTheme): string {
  const lines = theme.pairs.map(
    (pair) => `${pair.token} on ${pair.against}: ${pair.ratio.toFixed(2)}:1 (needs ${pair.minimum}:1)`,
  );
  if (theme.adjustments.length === 0) lines.push('The brand colour passes as it is: nothing was changed.');
  for (const adjustment of theme.adjustments)
    lines.push(`Changed ${adjustment.token} from ${adjustment.from} to ${adjustment.to}. ${adjustment.reason}`);
  return lines.join('\n');
}

import {findForce} from '../forces/forces.js';
import {themeFromBrand, themeReport, type BrandTheme} from './theme-from-brand.js';

export {contrast, normalHex, themeFromBrand, themeReport} from './theme-from-brand.js';
export type {Adjustment, BrandTheme, ContrastPair} from './theme-from-brand.js';

/**
 * The colour every shipped force theme starts from (the base theme's navy): no force's brand. A force sets its own
 * with `npx soh-elements theme --force <id> --brand "#rrggbb"`.
 */
export const NEUTRAL_BRAND = '#1c2f5b';

export interface ForceThemeFile {
  /** The token file (DTCG JSON), for src/themes/forces/<id>.tokens.json or a force's own build. */
  json: string;
  /** Every contrast pair with its ratio, and what was changed from the brand colour and why. */
  report: string;
  theme: BrandTheme;
}

/**
 * A force's theme file from its brand colour (or, without one, the neutral palette the package ships). Throws on
 * a force id or a colour it does not know, saying what to give instead.
 */
export function forceThemeFile(forceId: string, brand?: string): ForceThemeFile {
  const force = findForce(forceId);
  if (!force) throw new Error(`No force "${forceId}". Give its data.police.uk id, such as essex or north-wales.`);
  const theme = themeFromBrand(brand ?? NEUTRAL_BRAND);
  const description =
    brand === undefined
      ? `Theme for ${force.name}: the neutral palette, not the force's own brand colour, which no public source ` +
        `gives. Set it with npx soh-elements theme --force ${force.id} --brand "#rrggbb".`
      : `Theme for ${force.name}, from its brand colour ${theme.adjustments.length ? `(${brand}, adjusted) ` : ''}` +
        'by npx soh-elements theme: values only; every name is a tier-2 token of base.tokens.json.';
  const file = {
    $description: description,
    soh: {color: {$type: 'color', brand: {$value: theme.brand}, link: {$value: theme.link}}},
  };
  return {json: JSON.stringify(file, null, 2) + '\n', report: themeReport(theme), theme};
}

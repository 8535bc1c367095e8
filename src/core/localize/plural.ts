import {intlLocale, type LocaleCode} from './locales.js';

/**
 * One message per plural category. English uses `one` and `other`; Welsh
 * uses all six (zero, one, two, few, many, other), so every category is
 * written in the source and each gets its own translation unit.
 */
export type PluralForms = Record<Intl.LDMLPluralRule, () => string>;

const rulesByLocale = new Map<LocaleCode, Intl.PluralRules>();

export function pluralCategory(code: LocaleCode, count: number): Intl.LDMLPluralRule {
  let rules = rulesByLocale.get(code);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(code));
    rulesByLocale.set(code, rules);
  }
  return rules.select(count);
}

/** Picks the message for `count` in the given language. */
export function plural(code: LocaleCode, count: number, forms: PluralForms): string {
  return forms[pluralCategory(code, count)]();
}

/**
 * WCAG 2.2 contrast between two colours, and the check of every contrast
 * rule the tokens declare (`$extensions["uk.police.soh"].contrast`).
 */
import type {TransformedToken} from 'style-dictionary/types';
import {contrast} from '../src/themes/theme-from-brand.js';
import {contrastRules, dottedPath} from './tokens.js';

/** WCAG 2.2 contrast between two `#rrggbb` colours: the one the theme generator holds colours to. */
export const contrastRatio = contrast;

export interface ContrastMiss {
  token: string;
  against: string;
  ratio: number;
  minimum: number;
}

/** Every declared pair whose contrast falls short. */
export function contrastMisses(tokens: TransformedToken[]): ContrastMiss[] {
  const byPath = new Map(tokens.map((token) => [dottedPath(token), token]));
  const misses: ContrastMiss[] = [];
  for (const token of tokens) {
    for (const {against, minimum} of contrastRules(token)) {
      const other = byPath.get(against);
      if (!other) throw new Error(`${dottedPath(token)} is checked against ${against}, which is not a token`);
      const ratio = contrastRatio(String(token.$value), String(other.$value));
      if (ratio < minimum)
        misses.push({token: dottedPath(token), against, ratio: Math.round(ratio * 100) / 100, minimum});
    }
  }
  return misses;
}

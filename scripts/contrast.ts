/**
 * WCAG 2.2 contrast between two colours, and the check of every contrast
 * rule the tokens declare (`$extensions["uk.police.soh"].contrast`).
 */
import type {TransformedToken} from 'style-dictionary/types';
import {contrastRules, dottedPath} from './tokens.js';

function channel(value: number): number {
  const fraction = value / 255;
  return fraction <= 0.04045 ? fraction / 12.92 : ((fraction + 0.055) / 1.055) ** 2.4;
}

function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [red, green, blue] = match.slice(1).map((part) => channel(parseInt(part, 16)));
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

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

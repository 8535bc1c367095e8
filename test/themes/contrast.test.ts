import {describe, expect, it} from 'vitest';
import {forces} from '../../src/forces/forces.js';
import {contrastMisses, contrastRatio} from '../../scripts/contrast.js';
import {contrastRules, dottedPath, forceThemes, resolveTokens} from '../../scripts/tokens.js';

describe('contrast (WCAG 2.2 AA)', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the palest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('has a theme for each of the 44 forces, and none for a force we do not know', () => {
    expect(forceThemes().map((theme) => theme.id)).toEqual(forces.map((force) => force.id).sort());
    expect(forces).toHaveLength(44);
  });

  it('declares the pairs that matter: text, links, controls, focus and the exit control', async () => {
    const checked = (await resolveTokens()).filter((token) => contrastRules(token).length > 0).map(dottedPath);
    expect(checked).toEqual(
      expect.arrayContaining([
        'soh.color.text',
        'soh.color.link',
        'soh.color.on-brand',
        'soh.color.border-control',
        'soh.color.focus-indicator',
        'soh.exit-page.text',
      ]),
    );
  });

  it('passes every pair in the base theme', async () => {
    expect(contrastMisses(await resolveTokens())).toEqual([]);
  });

  it.each(forceThemes())('passes every pair for $id', async ({file}) => {
    expect(contrastMisses(await resolveTokens(file))).toEqual([]);
  });

  it('catches a token made too pale', async () => {
    const tokens = await resolveTokens('src/themes/forces/essex.tokens.json');
    const brand = tokens.find((token) => dottedPath(token) === 'soh.color.brand')!;
    brand.$value = '#9fb8d8';
    const misses = contrastMisses(tokens).map((miss) => `${miss.token} on ${miss.against}`);
    expect(misses).toContain('soh.color.on-brand on soh.color.brand');
    expect(misses).toContain('soh.color.brand on soh.color.background');
  });
});

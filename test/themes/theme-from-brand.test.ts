import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {forces} from '../../src/forces/forces.js';
import {contrast, themeFromBrand} from '../../src/themes/theme-from-brand.js';
import {forceThemeFile, NEUTRAL_BRAND} from '../../src/themes/force-theme-file.js';
import {contrastRatio} from '../../scripts/contrast.js';
import {forceThemes, root} from '../../scripts/tokens.js';

const WHITE = '#ffffff';
const SUBTLE = '#f3f2f1';

/** Hue as an angle, to show a darkened colour is the same colour. */
function hue(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const max = Math.max(red, green, blue);
  const span = max - Math.min(red, green, blue);
  if (span === 0) return 0;
  const sector =
    max === red ? (green - blue) / span : max === green ? (blue - red) / span + 2 : (red - green) / span + 4;
  return (sector * 60 + 360) % 360;
}

describe('a theme from one brand colour', () => {
  it('keeps a brand that passes as it is, and says so', () => {
    const theme = themeFromBrand('#1D4C7C');
    expect(theme).toMatchObject({brand: '#1d4c7c', link: '#1d4c7c', adjustments: []});
    expect(theme.pairs.every((pair) => pair.ratio >= pair.minimum)).toBe(true);
  });

  it('darkens a pale brand only as far as it must, keeping its hue, and reports what it changed and why', () => {
    const theme = themeFromBrand('#ffdd00');
    expect(contrast(WHITE, theme.brand)).toBeGreaterThanOrEqual(4.5);
    // The lightest that passes: hardly more than the minimum.
    expect(contrast(WHITE, theme.brand)).toBeLessThan(4.6);
    expect(Math.abs(hue(theme.brand) - hue('#ffdd00'))).toBeLessThan(2);
    expect(theme.adjustments.map((adjustment) => adjustment.token)).toEqual(['soh.color.brand', 'soh.color.link']);
    expect(theme.adjustments[0]).toMatchObject({from: '#ffdd00', to: theme.brand});
    expect(theme.adjustments[0].reason).toMatch(/^White text on #ffdd00 has 1\.\d+:1; it needs 4\.5:1\.$/);
  });

  it('passes every pair for every colour of a 4,096-colour sweep, by the contrast the tests check tokens with', () => {
    const digits = '0123456789abcdef';
    for (const red of digits)
      for (const green of digits)
        for (const blue of digits) {
          const {brand, link} = themeFromBrand(`#${red}${green}${blue}`);
          expect(contrastRatio(WHITE, brand)).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(brand, WHITE)).toBeGreaterThanOrEqual(3);
          expect(Math.min(contrastRatio(link, WHITE), contrastRatio(link, SUBTLE))).toBeGreaterThanOrEqual(4.5);
        }
  });

  it('refuses what is not a colour, saying how to give one', () => {
    for (const colour of ['navy', '#12345', 'rgb(0, 0, 0)', ''])
      expect(() => themeFromBrand(colour)).toThrow(/Give it as #rrggbb, such as #1c2f5b\./);
  });
});

describe("a force's theme file", () => {
  it('is the neutral palette for every one of the 44 shipped: no brand colour of our own invention', () => {
    expect(forceThemes()).toHaveLength(44);
    for (const {id, file} of forceThemes()) {
      const shipped = readFileSync(path.join(root, file), 'utf8');
      expect(shipped, id).toBe(forceThemeFile(id).json);
      expect(JSON.parse(shipped).soh.color.brand.$value).toBe(NEUTRAL_BRAND);
      expect(JSON.parse(shipped).$description).toContain(`npx soh-elements theme --force ${id} --brand`);
    }
  });

  it('names the force and its colour; refuses a force it does not know', () => {
    const essex = forces.find((force) => force.id === 'essex')!;
    const made = JSON.parse(forceThemeFile('essex', '#1d4c7c').json);
    expect(made.$description).toContain(essex.name);
    expect(made.soh.color.brand.$value).toBe('#1d4c7c');
    expect(() => forceThemeFile('atlantis', '#1d4c7c')).toThrow(/No force "atlantis"/);
  });
});

describe('npx soh-elements theme', () => {
  const cli = path.join(root, 'bin/soh-elements.mjs');
  const run = (...args: string[]) => {
    const {status, stdout, stderr} = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'});
    return {code: status, stdout, stderr};
  };

  it('writes the file and reports each pair and what it adjusted', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'soh-theme-')), 'essex.tokens.json');
    const {code, stdout, stderr} = run('theme', '--force', 'essex', '--brand', '#ffdd00', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(forceThemeFile('essex', '#ffdd00').json);
    expect(stderr).toMatch(/^soh\.color\.on-brand on soh\.color\.brand: 4\.\d\d:1 \(needs 4\.5:1\)$/m);
    expect(stderr).toContain('Changed soh.color.brand from #ffdd00 to ');
    // Without --out, the file on standard output.
    expect(run('theme', '--force', 'essex', '--brand', '#ffdd00').stdout).toBe(written);
  });

  it('says what is wrong: an unknown force or colour (1), or how it is used (2)', () => {
    expect(run('theme', '--force', 'atlantis', '--brand', '#000000')).toMatchObject({code: 1});
    expect(run('theme', '--force', 'essex', '--brand', 'navy').stderr).toContain('Not a colour: "navy"');
    expect(run('theme', '--brand', '#000000')).toMatchObject({code: 2});
    expect(run('theme', '--force', 'essex', '--colour', '#000000').stderr).toContain('Usage: soh-elements');
  });
});

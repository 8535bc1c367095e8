/**
 * Reads the design tokens (DTCG JSON) with Style Dictionary: the base theme,
 * every element's component tokens, and optionally one force's theme on top.
 * Used by the generator (to write CSS custom properties) and by the contrast
 * test (to check every force's resolved colours).
 */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import StyleDictionary from 'style-dictionary';
import type {TransformedToken} from 'style-dictionary/types';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const baseFile = 'src/themes/base.tokens.json';
const forcesFolder = 'src/themes/forces';

function componentTokenFiles(folder = 'src'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, folder), {withFileTypes: true})) {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory() && relative !== 'src/generated' && relative !== 'src/themes') {
      found.push(...componentTokenFiles(relative));
    } else if (entry.name.endsWith('.tokens.json')) {
      found.push(relative);
    }
  }
  return found.sort();
}

export interface ForceTheme {
  id: string;
  file: string;
}

export function forceThemes(): ForceTheme[] {
  return readdirSync(path.join(root, forcesFolder))
    .filter((name) => name.endsWith('.tokens.json'))
    .sort()
    .map((name) => ({id: name.replace('.tokens.json', ''), file: `${forcesFolder}/${name}`}));
}

/**
 * Every token, references resolved and values in CSS form. A force file
 * supplies values only: where it overrides a token, Style Dictionary keeps the
 * force's object, so the token's description and contrast rules are taken
 * back from the base.
 */
export async function resolveTokens(forceFile?: string): Promise<TransformedToken[]> {
  const tokens = await resolveFiles(forceFile);
  if (!forceFile) return tokens;
  const base = new Map((await resolveFiles()).map((token) => [dottedPath(token), token]));
  return tokens.map((token) => {
    const original = base.get(dottedPath(token));
    return original ? {...token, $description: original.$description, $extensions: original.$extensions} : token;
  });
}

async function resolveFiles(forceFile?: string): Promise<TransformedToken[]> {
  const dictionary = new StyleDictionary({
    source: [baseFile, ...componentTokenFiles(), ...(forceFile ? [forceFile] : [])].map((file) =>
      path.join(root, file),
    ),
    usesDtcg: true,
    log: {verbosity: 'silent', warnings: 'disabled'},
    platforms: {css: {transformGroup: 'css'}},
  });
  const {allTokens} = await dictionary.getPlatformTokens('css');
  return allTokens;
}

/** The name of a token's CSS custom property: `soh.exit-page.text` → `--soh-exit-page-text`. */
export function cssPropertyName(token: TransformedToken): string {
  return `--${token.path.join('-')}`;
}

/** The dotted path a reference or a contrast rule names: `soh.color.text`. */
export function dottedPath(token: TransformedToken): string {
  return token.path.join('.');
}

export function cssValue(token: TransformedToken): string {
  const value: unknown = token.$value;
  if (Array.isArray(value)) return value.map((part) => (/\s/.test(String(part)) ? `"${part}"` : part)).join(', ');
  return String(value);
}

export interface ContrastRule {
  against: string;
  minimum: number;
}

export function contrastRules(token: TransformedToken): ContrastRule[] {
  const extensions = token.$extensions as Record<string, {contrast?: ContrastRule[]}> | undefined;
  return extensions?.['uk.police.soh']?.contrast ?? [];
}

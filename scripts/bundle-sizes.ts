/**
 * What a page downloads for each element, measured from `dist/` (after
 * `npm run build`): for `npm run bench`'s table and for the size budgets that
 * `npm test` checks (test/build/bundle-sizes.test.ts). A figure is gzip -9
 * (and brotli) of an entry and every chunk it imports statically,
 * transitively, as one bundle; lazy chunks (a service's definition, Welsh,
 * the force themes, the chat once opened) are not counted unless said.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {build} from 'vite';
import {root} from './tokens.js';

export const dist = path.join(root, 'dist');

/** The files a page fetches for an entry: it, and what it imports statically, transitively. */
export function firstLoad(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(path.join(dist, entry), 'utf8');
  for (const match of code.matchAll(/(?:import|export)\s*(?:[^"'()]*?\s*from\s*)?"\.\/([^"]+)"/g))
    firstLoad(match[1], seen);
  return seen;
}

export interface Size {
  gzip: number;
  brotli: number;
  /** Served as separate files, each compressed on its own: more bytes than one bundle. */
  gzipPerFile: number;
  files: number;
}

export function sizes(files: Iterable<string>): Size {
  const contents = [...files].map((file) => readFileSync(path.join(dist, file)));
  const bytes = Buffer.concat(contents);
  return {
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
    gzipPerFile: contents.reduce((total, content) => total + gzipSync(content, {level: 9}).length, 0),
    files: contents.length,
  };
}

/** Builds a bench element from `bench/<source>.ts` the way the library is built, as `dist/bench/<name>.js`. */
export async function buildBenchElement(source: string, name: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: path.join(dist, 'bench', name),
      emptyOutDir: true,
      lib: {entry: path.join(root, `bench/${source}.ts`), formats: ['es'], fileName: name},
      rolldownOptions: {output: {minify: true}},
    },
  });
}

/** The size baseline, Lit alone: a minimal Lit element, built the same way (`dist/bench/baseline/baseline.js`). */
export async function buildLitBaseline(): Promise<Size> {
  await buildBenchElement('baseline-element', 'baseline');
  return sizes(['bench/baseline/baseline.js']);
}

/** Every entry the package exports (`soh-*.js`, and `index.js`, the whole library). */
export function entries(): string[] {
  return readdirSync(dist)
    .filter((file) => /^(soh-[a-z-]+|index)\.js$/.test(file))
    .sort();
}

export interface Budget {
  measure: string;
  /** Bytes, gzip -9 as one bundle. */
  value: number;
  budget: number;
}

/** The size budgets the issues set, measured now; `lit` is the baseline's size. */
export function sizeBudgets(lit: Size): Budget[] {
  const chatPanel = readdirSync(dist).find((file) => /^soh-chat-panel-[\w-]+\.js$/.test(file));
  if (!chatPanel) throw new Error('No soh-chat-panel chunk in dist/: build first.');
  return [
    {measure: 'report form, first load: gzip', value: sizes(firstLoad('soh-report-form.js')).gzip, budget: 30_000},
    {measure: 'whole library (index), first load: gzip', value: sizes(firstLoad('index.js')).gzip, budget: 60_000},
    // Issue 5 counts the upload element beside Lit: tus-js-client and the hasher load with the first file.
    {
      measure: 'media upload, before a file is chosen: gzip beyond Lit',
      value: sizes(firstLoad('soh-media-upload.js')).gzip - lit.gzip,
      budget: 10_000,
    },
    // Issue 6: the launcher is all a page loads until the chat is used (it has no Lit).
    {measure: 'live chat launcher: gzip', value: sizes(firstLoad('soh-live-chat.js')).gzip, budget: 3_000},
    {
      measure: 'live chat, launcher and chat: gzip beyond Lit',
      value: sizes(new Set([...firstLoad('soh-live-chat.js'), ...firstLoad(chatPanel)])).gzip - lit.gzip,
      budget: 15_000,
    },
  ];
}

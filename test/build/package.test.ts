import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {publicElements, reactEventProp} from '../../scripts/manifest-elements.js';
import {root} from '../../scripts/tokens.js';

// What the package ships, checked on the build `npm test` has just made.
const dist = path.join(root, 'dist');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | {types?: string; default?: string}>;
  sideEffects: string[];
};
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
/** The package's `sideEffects` globs as tests (only `*`, within one folder, is used). */
const sideEffectPatterns = packageJson.sideEffects.map(
  (glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`),
);

describe('the package', () => {
  it('has every file its exports name', () => {
    const missing = Object.entries(packageJson.exports).flatMap(([name, target]) =>
      (typeof target === 'string' ? [target] : Object.values(target))
        .filter((file) => !file.includes('*') && !existsSync(path.join(root, file)))
        .map((file) => `${name} → ${file}`),
    );
    expect(missing).toEqual([]);
  });

  it('marks every file that registers an element as having side effects (or bundlers would drop it)', () => {
    const registering = readdirSync(dist).filter((file) =>
      /[\w$]\(`soh-[a-z-]+`,[\w$]+\)/.test(file.endsWith('.js') ? read(file) : ''),
    );
    expect(registering.length).toBeGreaterThan(15);
    expect(registering.filter((file) => !sideEffectPatterns.some((pattern) => pattern.test(`dist/${file}`)))).toEqual(
      [],
    );
  });

  it('autoloads every element that has an entry', () => {
    const entries = readdirSync(dist)
      .filter((file) => /^soh-[a-z-]+\.js$/.test(file))
      .map((file) => file.replace(/\.js$/, ''));
    const autoloaded = [...read('autoload.js').matchAll(/"(soh-[a-z-]+)":\(\)=>import\(`\.\/\1\.js`\)/g)].map(
      (match) => match[1],
    );
    expect(autoloaded.sort()).toEqual(entries.sort());
  });

  it('has a single-file CDN build, with the Subresource Integrity hashes it publishes', () => {
    const bundle = read('cdn/soh-elements.js');
    // Everything inlined: no other file of ours is imported (the hashing worker is started by URL).
    expect(bundle).not.toMatch(/(from|import\()\s*["'`]\.\//);
    // Every element registers itself in it (a `sideEffects` list that missed the sources once dropped them all).
    const registered = new Set([...bundle.matchAll(/[\w$]\(`(soh-[a-z-]+)`,[\w$]+\)/g)].map((match) => match[1]));
    for (const element of publicElements()) expect(registered).toContain(element.tag);
    const integrity = JSON.parse(read('cdn/integrity.json')) as Record<string, string>;
    expect(Object.keys(integrity).sort()).toEqual(['hash-worker.js', 'soh-elements.js']);
    for (const [file, hash] of Object.entries(integrity))
      expect(hash).toBe(
        `sha384-${createHash('sha384')
          .update(readFileSync(path.join(dist, 'cdn', file)))
          .digest('base64')}`,
      );
  });

  it('wraps every public element for React, with its events as on… props', () => {
    const wrappers = read('react/index.js');
    const elements = publicElements();
    expect(elements.map((element) => element.tag)).toEqual(expect.arrayContaining(['soh-payment', 'soh-live-chat']));
    expect(elements.map((element) => element.tag)).not.toContain('soh-chat-panel');
    for (const element of elements) {
      expect(wrappers).toContain(`export const ${element.className} = createComponent({tagName: '${element.tag}'`);
      for (const event of element.events) expect(wrappers).toContain(`${reactEventProp(event.name)}: '${event.name}'`);
    }
    expect(reactEventProp('soh-payment-complete')).toBe('onSohPaymentComplete');
  });

  it('types the tags and the wrappers for JSX (a misspelt attribute, an unknown tag, a wrong detail fail)', () => {
    const check = (file: string, options: ts.CompilerOptions) => {
      const program = ts.createProgram([path.join(root, 'test/fixtures/jsx', file)], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        experimentalDecorators: true,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: [],
        ...options,
      });
      return ts
        .getPreEmitDiagnostics(program)
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    };
    expect(check('global-jsx-usage.tsx', {jsx: ts.JsxEmit.Preserve})).toEqual([]);
    expect(check('react-usage.tsx', {jsx: ts.JsxEmit.ReactJSX, types: ['react']})).toEqual([]);
  });
});

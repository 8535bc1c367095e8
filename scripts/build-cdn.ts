/**
 * The single-file build for a CDN, or for a force that wants one file:
 * `dist/cdn/soh-elements.js` holds the whole library, every lazy part
 * (services, Welsh, force themes, the chat) inlined, beside
 * `dist/cdn/hash-worker.js` (the upload's worker, which must be a file of its
 * own). A browser starts a worker only from the page's own origin: served
 * from a CDN, the library hashes files on the page instead, unless the page
 * serves its own copy of hash-worker.js and names it in
 * `<meta name="soh-hash-worker-url">` (media-upload/hash-file.ts).
 * `dist/cdn/integrity.json` lists their Subresource Integrity hashes, so
 * a page can pin exactly what it loads. Run by `npm run build`, after vite.
 */
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'vite';
import {root} from './tokens.js';

const out = path.join(root, 'dist/cdn');

async function singleFile(entry: string, fileName: string, emptyOutDir: boolean): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: out,
      emptyOutDir,
      sourcemap: true,
      lib: {entry: path.join(root, entry), formats: ['es'], fileName},
      rolldownOptions: {output: {minify: true, codeSplitting: false}},
    },
  });
}

await singleFile('src/index.ts', 'soh-elements', true);
await singleFile('src/fields/media-upload/hash-worker.ts', 'hash-worker', false);

const integrity = Object.fromEntries(
  ['soh-elements.js', 'hash-worker.js'].map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(path.join(out, file)))
      .digest('base64')}`,
  ]),
);
writeFileSync(path.join(out, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');

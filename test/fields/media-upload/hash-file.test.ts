import {expect} from '@open-wc/testing';
import {hashFile} from '../../../src/fields/media-upload/hash-file.js';

// The SHA-256 of a file, in the worker where it can start, on the page where it cannot: the same answer.

async function expected(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const file = new Blob([new Uint8Array(5 * 1024 * 1024 + 3).map((_, index) => (index * 31) % 251)]);

/** Hashes with `<meta name="soh-hash-worker-url">` naming `workerUrl`; the hash, and the console's warnings. */
async function hashNaming(workerUrl: string): Promise<{sha256: string; warnings: string[]; progress: number[]}> {
  const meta = Object.assign(document.createElement('meta'), {name: 'soh-hash-worker-url', content: workerUrl});
  document.head.append(meta);
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  const progress: number[] = [];
  try {
    return {sha256: await hashFile(file, (hashed) => progress.push(hashed)), warnings, progress};
  } finally {
    console.warn = warn;
    meta.remove();
  }
}

describe('hashing a file', () => {
  it('in the worker the page names', async () => {
    const named = new URL('../../../src/fields/media-upload/hash-worker.js?named', import.meta.url).href;
    const {sha256, warnings} = await hashNaming(named);
    expect(sha256).to.equal(await expected(file));
    expect(warnings).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').map((entry) => entry.name)).to.include(named);
  });

  it('on the page when the worker is on another origin, saying what the page can do, once', async () => {
    const {sha256, warnings, progress} = await hashNaming('http://cdn.example/soh/hash-worker.js');
    expect(sha256).to.equal(await expected(file));
    expect(progress.at(-1)).to.equal(file.size);
    expect(warnings).to.have.length(1);
    expect((await hashNaming('http://cdn.example/soh/hash-worker.js')).warnings).to.deep.equal([]);
    expect(warnings[0])
      .to.contain('http://cdn.example/soh/hash-worker.js is on another origin than this page')
      .and.to.contain('<meta name="soh-hash-worker-url" content="/path/to/hash-worker.js">');
  });

  it('on the page when the worker does not run, saying so', async () => {
    const {sha256, warnings} = await hashNaming('/no-such-folder/hash-worker.js');
    expect(sha256).to.equal(await expected(file));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('/no-such-folder/hash-worker.js did not run');
  });
});

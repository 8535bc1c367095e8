/// <reference lib="webworker" />
import {createSHA256} from 'hash-wasm';
import {filePieces} from './file-pieces.js';

/**
 * The SHA-256 of a whole file, off the main thread, read 4 MB at a time so a
 * file of gigabytes never sits in memory.
 *
 * hash-wasm (WebAssembly) hashes about five times as fast as pure
 * JavaScript. A worker runs under the policy its own script is served with,
 * not the page's: where that policy does not allow `'wasm-unsafe-eval'`,
 * compiling fails and the worker falls back to @noble/hashes (pure
 * JavaScript, loaded only then). Same answer, slower.
 *
 * In: `{file}`. Out: `{progress: bytesHashed}` now and then, then `{sha256}` (hex).
 */

/** Read, hash and tell the page how far hashing has got, this many bytes at a time. */
const PROGRESS_STEP = 4 * 1024 * 1024;

interface Hasher {
  update(bytes: Uint8Array): unknown;
  hex(): string;
}

async function createHasher(): Promise<Hasher> {
  try {
    const hash = await createSHA256();
    return {update: (bytes) => hash.update(bytes), hex: () => hash.digest('hex')};
  } catch {
    const [{sha256}, {bytesToHex}] = await Promise.all([
      import('@noble/hashes/sha2.js'),
      import('@noble/hashes/utils.js'),
    ]);
    const hash = sha256.create();
    return {update: (bytes) => hash.update(bytes), hex: () => bytesToHex(hash.digest())};
  }
}

self.onmessage = async (event: MessageEvent<{file: Blob}>) => {
  const hasher = await createHasher();
  let hashed = 0;
  for await (const piece of filePieces(event.data.file, PROGRESS_STEP)) {
    hasher.update(piece);
    hashed += piece.byteLength;
    self.postMessage({progress: hashed});
  }
  self.postMessage({sha256: hasher.hex()});
};

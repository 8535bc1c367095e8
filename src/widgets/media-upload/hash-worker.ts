/// <reference lib="webworker" />
import {createSHA256} from 'hash-wasm';

/**
 * The SHA-256 of a whole file, off the main thread, read as a stream so a
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

/** Tell the page how far hashing has got about every this many bytes. */
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
  const reader = event.data.file.stream().getReader();
  let hashed = 0;
  let told = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    hasher.update(value);
    hashed += value.byteLength;
    if (hashed - told >= PROGRESS_STEP) {
      told = hashed;
      self.postMessage({progress: hashed});
    }
  }
  self.postMessage({progress: hashed});
  self.postMessage({sha256: hasher.hex()});
};

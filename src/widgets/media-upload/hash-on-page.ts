import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex} from '@noble/hashes/utils.js';

/** Give the page back its turn after about this long hashing, so typing and scrolling stay smooth. */
const SLICE_MS = 10;

/** Tell the caller how far hashing has got about every this many bytes. */
const PROGRESS_STEP = 4 * 1024 * 1024;

/** Lets the browser handle input and paint before the next slice. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The SHA-256 of a file (hex), worked out on the page itself, for where the
 * hashing worker cannot start (the library served from another origin than
 * the page, which a browser never lets start a worker). Pure JavaScript
 * (@noble/hashes), so no page policy can stop it; read as a stream, in
 * slices of about 10 ms between which the page carries on. Slower than the
 * worker, same answer. `onProgress` hears how many bytes are hashed so far.
 */
export async function hashOnPage(file: Blob, onProgress?: (hashed: number) => void): Promise<string> {
  const hash = sha256.create();
  const reader = file.stream().getReader();
  let hashed = 0;
  let told = 0;
  let sliceStart = performance.now();
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    hash.update(value);
    hashed += value.byteLength;
    if (hashed - told >= PROGRESS_STEP) {
      told = hashed;
      onProgress?.(hashed);
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  onProgress?.(hashed);
  return bytesToHex(hash.digest());
}

import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex} from '@noble/hashes/utils.js';
import {filePieces} from './file-pieces.js';

/** Give the page back its turn after about this long hashing, so typing and scrolling stay smooth. */
const SLICE_MS = 10;

/** Tell the caller how far hashing has got about every this many bytes. */
const PROGRESS_STEP = 4 * 1024 * 1024;

/** Read and hash this much at a time: in pure JavaScript, a few milliseconds' work. */
const PIECE_SIZE = 256 * 1024;

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
 * (@noble/hashes), so no page policy can stop it; read a piece at a time, in
 * slices of about 10 ms between which the page carries on. Slower than the
 * worker, same answer. `onProgress` hears how many bytes are hashed so far;
 * `signal` stops it between slices.
 */
export async function hashOnPage(
  file: Blob,
  onProgress?: (hashed: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const hash = sha256.create();
  let hashed = 0;
  let told = 0;
  let sliceStart = performance.now();
  for await (const piece of filePieces(file, PIECE_SIZE)) {
    hash.update(piece);
    hashed += piece.byteLength;
    if (hashed - told >= PROGRESS_STEP) {
      told = hashed;
      onProgress?.(hashed);
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  if (hashed !== told) onProgress?.(hashed);
  return bytesToHex(hash.digest());
}

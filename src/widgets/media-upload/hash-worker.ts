/// <reference lib="webworker" />
import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex} from '@noble/hashes/utils.js';

/**
 * The SHA-256 of a whole file, off the main thread: read in slices, so a
 * file of gigabytes never sits in memory. Pure JavaScript (@noble/hashes):
 * a WebAssembly hasher would need `wasm-unsafe-eval` in the page's policy.
 *
 * In: `{file}`. Out: `{progress: bytesHashed}` now and then, then `{sha256}` (hex).
 */
const SLICE = 4 * 1024 * 1024;

self.onmessage = async (event: MessageEvent<{file: Blob}>) => {
  const {file} = event.data;
  const hash = sha256.create();
  for (let offset = 0; offset < file.size; offset += SLICE) {
    hash.update(new Uint8Array(await file.slice(offset, offset + SLICE).arrayBuffer()));
    self.postMessage({progress: Math.min(file.size, offset + SLICE)});
  }
  self.postMessage({sha256: bytesToHex(hash.digest())});
};

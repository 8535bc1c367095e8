import {workerUrl} from './worker-url.js';

// The built library has dist/hash-worker.js beside this chunk (its own entry in vite.config.ts); the test
// runner serves the TypeScript source under that name. A name in a constant, so that Vite leaves the URL alone
// (given a literal, it would inline the TypeScript source as a data URL).
const WORKER = './hash-worker.js';

/**
 * The SHA-256 of a file (hex), worked out in a Web Worker. `onProgress`
 * hears how many bytes are hashed so far.
 */
export function hashFile(file: Blob, onProgress?: (hashed: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(new URL(WORKER, import.meta.url)), {type: 'module'});
    worker.onmessage = (event: MessageEvent<{progress?: number; sha256?: string}>) => {
      if (event.data.sha256) {
        worker.terminate();
        resolve(event.data.sha256);
      } else if (event.data.progress !== undefined) onProgress?.(event.data.progress);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The file could not be read.'));
    };
    worker.postMessage({file});
  });
}

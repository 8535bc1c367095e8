import {workerUrl} from './worker-url.js';

// The built library has dist/hash-worker.js beside this chunk (its own entry in vite.config.ts), the single-file
// build dist/cdn/hash-worker.js beside soh-elements.js; the test runner serves the TypeScript source under that name.
// A name in a constant, so that Vite leaves the URL alone (given a literal, it would inline the TypeScript source as
// a data URL).
const WORKER = './hash-worker.js';

/** The page names its own copy of the worker here, when the library comes from another origin (a CDN). */
const WORKER_SETTING = 'soh-hash-worker-url';

/**
 * Where the hashing worker is: the copy the page names in
 * `<meta name="soh-hash-worker-url" content="…">`, else the one beside the library.
 */
export function workerAddress(): URL {
  const named = document.querySelector<HTMLMetaElement>(`meta[name="${WORKER_SETTING}"]`)?.content;
  return named ? new URL(named, document.baseURI) : new URL(WORKER, import.meta.url);
}

/**
 * The SHA-256 of a file (hex). In a Web Worker where one can start: a
 * browser starts a worker only from the page's own origin. Where it cannot
 * (the library served from a CDN, and the page names no copy of its own; or
 * the worker fails to load), on the page itself, in slices, after telling
 * the developer in the console what the page can do. `onProgress` hears how
 * many bytes are hashed so far; `signal` stops the work (the file was cancelled).
 */
export async function hashFile(
  file: Blob,
  onProgress?: (hashed: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const url = workerAddress();
  if (url.origin === location.origin) {
    try {
      return await hashInWorker(url, file, onProgress, signal);
    } catch {
      signal?.throwIfAborted();
      adviseOnce(
        `[soh-elements] <soh-media-upload>: the hashing worker ${url.href} did not run, so files are hashed on the page (slower). Check that the page can load it as a module worker: the address, and the page's worker-src policy.`,
      );
    }
  } else {
    adviseOnce(
      `[soh-elements] <soh-media-upload>: the hashing worker ${url.href} is on another origin than this page, and browsers start workers only from the page's own origin, so files are hashed on the page (slower). To hash in a worker, serve hash-worker.js (beside soh-elements.js) from this site and name it: <meta name="${WORKER_SETTING}" content="/path/to/hash-worker.js">.`,
    );
  }
  const {hashOnPage} = await import('./hash-on-page.js');
  return hashOnPage(file, onProgress, signal);
}

/** What the console was told already: once a page is enough, not once a file. */
const told = new Set<string>();

function adviseOnce(advice: string): void {
  if (told.has(advice)) return;
  told.add(advice);
  console.warn(advice);
}

function hashInWorker(
  url: URL,
  file: Blob,
  onProgress?: (hashed: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = new Worker(workerUrl(url), {type: 'module'});
    signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(signal.reason);
    });
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

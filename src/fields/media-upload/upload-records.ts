import type {PreviousUpload, UrlStorage} from 'tus-js-client';
import {keepsNothing} from './keeps-nothing.js';

/**
 * Where an unfinished upload's address is kept, so that it can carry on
 * after a dropped connection or a reload instead of starting again. Given
 * to tus-js-client as its `urlStorage`, in place of its own, which keeps
 * records in localStorage (kept after the browser closes) holding the
 * file's name and the upload's metadata.
 *
 * A record holds the upload's address, its size and when it began: never
 * the file's name, its SHA-256 or the report it belongs to. Its key is
 * `soh:upload:<fingerprint>:<random>`, the fingerprint a hash that names no
 * file either (see {@link uploadFingerprint}).
 *
 * Records live in sessionStorage (this tab only, gone when it closes, and
 * under the library's prefix, so the exit control clears them), or in
 * memory only where the person may be watched: a reload then starts the
 * file again, and nothing about it is on the device. The exit control's
 * `soh-exit` event empties the memory too.
 */

/** The prefix of every record; the part before `upload:` is the library's own (see core/storage.ts). */
export const RECORD_PREFIX = 'soh:upload:';

/** Where records are kept: sessionStorage, or a Map in memory. */
interface Shelf {
  keys(): string[];
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

const memory = new Map<string, string>();

const inMemory: Shelf = {
  keys: () => [...memory.keys()],
  get: (key) => memory.get(key) ?? null,
  set: (key, value) => void memory.set(key, value),
  remove: (key) => void memory.delete(key),
};

// The page is being left where someone may be watching: nothing of its uploads may stay, in memory either.
addEventListener('soh-exit', () => memory.clear());

function session(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    // Blocked by the browser (a policy, a sandboxed frame).
    return undefined;
  }
}

const inSession: Shelf = {
  keys: () => {
    const storage = session();
    return storage ? Array.from({length: storage.length}, (_, index) => storage.key(index) ?? '') : [];
  },
  get: (key) => session()?.getItem(key) ?? null,
  set: (key, value) => {
    try {
      session()?.setItem(key, value);
    } catch {
      // Full or refused: carrying on after a reload is a convenience, never a reason to fail the upload.
    }
  },
  remove: (key) => session()?.removeItem(key),
};

/** What a record holds: enough to ask the endpoint how far the upload got, nothing about the file. */
interface Stored {
  size: number | null;
  creationTime: string;
  uploadUrl: string | null;
}

class UploadRecords implements UrlStorage {
  constructor(private readonly shelf: Shelf) {}

  findAllUploads(): Promise<PreviousUpload[]> {
    return Promise.resolve(this.find(RECORD_PREFIX));
  }

  findUploadsByFingerprint(fingerprint: string): Promise<PreviousUpload[]> {
    return Promise.resolve(this.find(`${RECORD_PREFIX}${fingerprint}:`));
  }

  removeUpload(urlStorageKey: string): Promise<void> {
    this.shelf.remove(urlStorageKey);
    return Promise.resolve();
  }

  addUpload(fingerprint: string, upload: PreviousUpload): Promise<string> {
    const key = `${RECORD_PREFIX}${fingerprint}:${crypto.randomUUID()}`;
    // Picked member by member: tus-js-client hands over the metadata too (the file's name among it).
    const stored: Stored = {size: upload.size, creationTime: upload.creationTime, uploadUrl: upload.uploadUrl};
    this.shelf.set(key, JSON.stringify(stored));
    return Promise.resolve(key);
  }

  private find(prefix: string): PreviousUpload[] {
    const found: PreviousUpload[] = [];
    for (const key of this.shelf.keys()) {
      if (!key.startsWith(prefix)) continue;
      try {
        const stored = JSON.parse(this.shelf.get(key) ?? 'null') as Stored | null;
        if (!stored || typeof stored.uploadUrl !== 'string') continue;
        found.push({...stored, metadata: {}, parallelUploadUrls: null, urlStorageKey: key});
      } catch {
        // Not one of ours after all (or damaged): never a reason to fail an upload.
      }
    }
    return found;
  }
}

/** Records in sessionStorage: this tab, until it closes or the exit control is used. */
export const sessionRecords: UrlStorage = new UploadRecords(inSession);

/** Records in memory only: this page, until it is left. */
export const memoryRecords: UrlStorage = new UploadRecords(inMemory);

/** The records for an upload element: in memory only where it must keep nothing on the device. */
export function recordsFor(element: HTMLElement & {sensitive?: boolean}): UrlStorage {
  return keepsNothing(element) ? memoryRecords : sessionRecords;
}

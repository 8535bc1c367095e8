/**
 * Everything this library keeps on the person's device goes through here, so
 * that one call can remove all of it (the exit-page control, a finished
 * send). Keys live in sessionStorage under one prefix; nothing is written to
 * localStorage or cookies.
 */
const KEY_PREFIX = 'soh:';

/**
 * Prefixes of keys that libraries we use write for us (tus-js-client keeps
 * upload URLs under `tus::`). They are cleared with ours.
 */
const THIRD_PARTY_PREFIXES = ['tus::'];

/** IndexedDB databases and Cache Storage caches we may create start with this. */
const NAME_PREFIX = 'soh-';

function storageOrNull(kind: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    // Storage can throw when the browser blocks it (private modes, policies).
    return null;
  }
}

export function readStored(key: string): string | null {
  return storageOrNull('sessionStorage')?.getItem(KEY_PREFIX + key) ?? null;
}

export function writeStored(key: string, value: string): void {
  try {
    storageOrNull('sessionStorage')?.setItem(KEY_PREFIX + key, value);
  } catch {
    // Quota or policy: keeping a draft is a convenience, never a reason to fail.
  }
}

export function removeStored(key: string): void {
  storageOrNull('sessionStorage')?.removeItem(KEY_PREFIX + key);
}

function removeMatchingKeys(storage: Storage | null): void {
  if (!storage) return;
  const prefixes = [KEY_PREFIX, ...THIRD_PARTY_PREFIXES];
  const doomed: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key && prefixes.some((prefix) => key.startsWith(prefix))) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
}

/**
 * Removes everything this library stored on the device. Web Storage is cleared
 * synchronously, before the caller navigates away; IndexedDB and Cache
 * Storage deletions are started at once and may finish after.
 */
export function clearEverythingStored(): Promise<void> {
  removeMatchingKeys(storageOrNull('sessionStorage'));
  removeMatchingKeys(storageOrNull('localStorage'));
  return Promise.all([clearIndexedDb(), clearCaches()]).then(() => undefined);
}

async function clearIndexedDb(): Promise<void> {
  if (!('indexedDB' in window) || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases();
  for (const {name} of databases) {
    if (name?.startsWith(NAME_PREFIX)) indexedDB.deleteDatabase(name);
  }
}

async function clearCaches(): Promise<void> {
  if (!('caches' in window)) return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(NAME_PREFIX)).map((name) => caches.delete(name)));
}

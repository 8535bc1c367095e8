import {copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {chromium, type BrowserContext} from 'playwright';
import {chromiumArgs, chromiumPath} from '../../scripts/engine-paths.mjs';

// A real Chromium profile on disk, read after the browser has closed: what the browser itself kept of a person's
// journeys (its history database, its page storage, everything else it wrote).

/** What a closed browser profile kept. */
export interface ProfileTraces {
  /** Every address in the history database (`urls`), with its title. */
  history: Array<{url: string; title: string}>;
  /** The files under the page storage folders (Local Storage, Session Storage, IndexedDB) that hold `text`. */
  storageHolding(text: string): string[];
  /** Any file in the whole profile that holds `text`: caches, sessions, favicons, everything. */
  anywhereHolding(text: string): string[];
  /** Deletes the profile from disk. */
  remove(): void;
}

const STORAGE_FOLDERS = ['Local Storage', 'Session Storage', 'IndexedDB'];

/** Files under `folder`, all the way down. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.isFile() ? [full] : [];
  });
}

/** Whether a file holds `text` as Chromium may write it: UTF-8/Latin-1, or UTF-16 (page storage's strings). */
function holds(file: string, text: string): boolean {
  if (statSync(file).size > 64 * 1024 * 1024) return false;
  const bytes = readFileSync(file);
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
}

/** The history database, read from a copy (Chromium may leave its journal beside it). */
function readHistory(profile: string): Array<{url: string; title: string}> {
  const file = path.join(profile, 'Default', 'History');
  if (!existsSync(file)) throw new Error(`The profile has no history database at ${file}`);
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'soh-history-')), 'History');
  copyFileSync(file, copy);
  if (existsSync(`${file}-journal`)) copyFileSync(`${file}-journal`, `${copy}-journal`);
  const database = new Database(copy, {readonly: true});
  try {
    return database.prepare('SELECT url, title FROM urls').all() as Array<{url: string; title: string}>;
  } finally {
    database.close();
    rmSync(path.dirname(copy), {recursive: true, force: true});
  }
}

/**
 * Opens a fresh Chromium profile on disk, runs `journey` in it, closes the
 * browser (so it writes everything out), and hands back what the profile
 * kept. Another journey (an upload, a chat) needs only its own `journey`.
 */
export async function inFreshProfile(journey: (context: BrowserContext) => Promise<void>): Promise<ProfileTraces> {
  const profile = mkdtempSync(path.join(tmpdir(), 'soh-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  try {
    await journey(context);
  } finally {
    await context.close();
  }
  const history = readHistory(profile);
  const storage = STORAGE_FOLDERS.flatMap((folder) => filesUnder(path.join(profile, 'Default', folder)));
  const everything = filesUnder(profile);
  const relative = (file: string) => path.relative(profile, file);
  return {
    history,
    storageHolding: (text) => storage.filter((file) => holds(file, text)).map(relative),
    anywhereHolding: (text) => everything.filter((file) => holds(file, text)).map(relative),
    remove: () => rmSync(profile, {recursive: true, force: true}),
  };
}

import {randomBytes, randomInt, scrypt, timingSafeEqual} from 'node:crypto';
import {
  UPDATES_PAGE_SIZE,
  type ReportStatus,
  type ReportUpdate,
  type StatusPage,
} from '../../../src/contract/follow.js';
import type {SandboxDatabase} from '../database.js';

interface UpdateRow {
  id: number;
  at: string;
  kind: 'status' | 'message';
  status: ReportStatus | null;
  text: string | null;
  sender: 'force' | 'person';
}

// The access code: 12 characters from the references' alphabet (nothing easily confused), in three groups: ~56 bits.
const ALPHABET = '346789ABCDEFGHJKMNPQRTWXY';
const newCode = () =>
  Array.from({length: 12}, (_, index) => (index > 0 && index % 4 === 0 ? '-' : '') + ALPHABET[randomInt(25)]).join('');

/** As typed: spaces and dashes anywhere, any case. */
export const normaliseCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');

/** Hashed on libuv's thread pool (~50 ms of work): the event loop serves everyone else meanwhile. */
const hashCode = (code: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(normaliseCode(code), salt, 32, (error, hash) => (error ? reject(error) : resolve(hash))),
  );

/**
 * Reports being followed, and what the force and the person have said about
 * them. The access code is kept only as a salted scrypt hash and compared in
 * constant time; it is shown to the person once, when made.
 */
export class FollowStore {
  constructor(
    private readonly database: SandboxDatabase,
    private readonly now: () => number = Date.now,
  ) {
    database.exec(`
      CREATE TABLE IF NOT EXISTS follows (
        reference TEXT PRIMARY KEY,
        code_salt BLOB NOT NULL,
        code_hash BLOB NOT NULL,
        revoked INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS report_updates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        reference TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT,
        text TEXT,
        sender TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS report_updates_by_reference ON report_updates (reference, id);
    `);
  }

  /** Makes the access code for a report: once. Undefined when it is already followed (the code is never shown again). */
  async start(reference: string, receivedAt: string): Promise<string | undefined> {
    const code = newCode();
    const salt = randomBytes(16);
    const hash = await hashCode(code, salt);
    // Checked again inside the transaction: two requests may have hashed at once.
    return this.database.transaction(() => {
      if (this.database.prepare('SELECT 1 FROM follows WHERE reference = ?').get(reference)) return undefined;
      this.database
        .prepare('INSERT INTO follows (reference, code_salt, code_hash, created_at) VALUES (?, ?, ?, ?)')
        .run(reference, salt, hash, new Date(this.now()).toISOString());
      this.add(reference, {kind: 'status', status: 'received', from: 'force'}, receivedAt);
      return code;
    })();
  }

  /** Whether `code` opens `reference`: false for a wrong code, an unknown reference, a revoked code alike. */
  async opens(reference: string, code: string): Promise<boolean> {
    const row = this.database
      .prepare('SELECT code_salt, code_hash, revoked FROM follows WHERE reference = ?')
      .get(reference) as {code_salt: Buffer; code_hash: Buffer; revoked: number} | undefined;
    // An unknown reference costs the same hashing as a known one, so timing says nothing about which it is.
    const salt = row?.code_salt ?? Buffer.alloc(16);
    const typed = await hashCode(code, salt);
    const matches = timingSafeEqual(typed, row?.code_hash ?? Buffer.alloc(32));
    return !!row && row.revoked === 0 && matches;
  }

  isFollowed(reference: string): boolean {
    return !!this.database.prepare('SELECT 1 FROM follows WHERE reference = ? AND revoked = 0').get(reference);
  }

  /** The operator withdraws the code (lost, shared, or the person is at risk): it opens nothing from now on. */
  revoke(reference: string): boolean {
    return this.database.prepare('UPDATE follows SET revoked = 1 WHERE reference = ?').run(reference).changes > 0;
  }

  add(
    reference: string,
    update: Omit<ReportUpdate, 'id' | 'at'>,
    at = new Date(this.now()).toISOString(),
  ): ReportUpdate {
    const result = this.database
      .prepare('INSERT INTO report_updates (reference, at, kind, status, text, sender) VALUES (?, ?, ?, ?, ?, ?)')
      .run(reference, at, update.kind, update.status ?? null, update.text ?? null, update.from);
    return {...update, id: Number(result.lastInsertRowid), at};
  }

  /** The whole history, for the back office. */
  updates(reference: string): ReportUpdate[] {
    return (
      this.database
        .prepare('SELECT id, at, kind, status, text, sender FROM report_updates WHERE reference = ? ORDER BY id')
        .all(reference) as UpdateRow[]
    ).map(toUpdate);
  }

  /** The person's view, a page at a time: the updates after `after` (an update's id; 0 from the start). */
  page(reference: string, after = 0, limit = UPDATES_PAGE_SIZE): Pick<StatusPage, 'updates' | 'more'> {
    const rows = this.database
      .prepare(
        'SELECT id, at, kind, status, text, sender FROM report_updates WHERE reference = ? AND id > ? ORDER BY id LIMIT ?',
      )
      .all(reference, after, limit + 1) as UpdateRow[];
    return {updates: rows.slice(0, limit).map(toUpdate), more: rows.length > limit};
  }

  isClosed(reference: string): boolean {
    return !!this.database
      .prepare("SELECT 1 FROM report_updates WHERE reference = ? AND kind = 'status' AND status = 'closed'")
      .get(reference);
  }
}

function toUpdate(row: UpdateRow): ReportUpdate {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    ...(row.status ? {status: row.status} : {}),
    ...(row.text ? {text: row.text} : {}),
    from: row.sender,
  };
}

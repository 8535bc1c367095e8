import {mkdirSync} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type SandboxDatabase = Database.Database;

/** Opens (creating if needed) the sandbox's SQLite file, and brings its tables up to date. */
export function openDatabase(file: string): SandboxDatabase {
  if (file !== ':memory:') mkdirSync(path.dirname(file), {recursive: true});
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.exec(`
    CREATE TABLE IF NOT EXISTS incidents (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      force_code TEXT NOT NULL,
      category TEXT NOT NULL,
      received_at TEXT NOT NULL,
      document TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS idempotency_keys (
      key TEXT PRIMARY KEY,
      body_hash TEXT NOT NULL,
      incident_id TEXT NOT NULL REFERENCES incidents(id)
    );
  `);
  return database;
}

import {randomUUID} from 'node:crypto';
import type {SandboxDatabase} from '../database.js';
import {newCustomerReference} from './customer-reference.js';

export interface StoredIncident {
  id: string;
  reference: string;
  forceCode: string;
  category: string;
  receivedAt: string;
  document: unknown;
}

export type StoreOutcome = {outcome: 'created' | 'replayed'; incident: StoredIncident} | {outcome: 'conflict'};

interface IncidentRow {
  id: string;
  reference: string;
  force_code: string;
  category: string;
  received_at: string;
  document: string;
}

function fromRow(row: IncidentRow): StoredIncident {
  return {
    id: row.id,
    reference: row.reference,
    forceCode: row.force_code,
    category: row.category,
    receivedAt: row.received_at,
    document: JSON.parse(row.document),
  };
}

/**
 * Stores reports, once each. A report and its idempotency key are written
 * in one transaction, so a retry after a lost answer finds the first one.
 */
export class IncidentStore {
  private readonly database: SandboxDatabase;

  constructor(database: SandboxDatabase) {
    this.database = database;
  }

  store(input: {
    idempotencyKey: string;
    bodyHash: string;
    forceCode: string;
    category: string;
    document: string;
  }): StoreOutcome {
    return this.database.transaction((): StoreOutcome => {
      const seen = this.database
        .prepare<[string], {body_hash: string; incident_id: string}>(
          'SELECT body_hash, incident_id FROM idempotency_keys WHERE key = ?',
        )
        .get(input.idempotencyKey);
      if (seen) {
        if (seen.body_hash !== input.bodyHash) return {outcome: 'conflict'};
        return {outcome: 'replayed', incident: this.find(seen.incident_id)!};
      }
      const incident = {
        id: randomUUID(),
        reference: this.unusedReference(),
        force_code: input.forceCode,
        category: input.category,
        received_at: new Date().toISOString(),
        document: input.document,
      };
      this.database
        .prepare(
          'INSERT INTO incidents (id, reference, force_code, category, received_at, document) VALUES (@id, @reference, @force_code, @category, @received_at, @document)',
        )
        .run(incident);
      this.database
        .prepare('INSERT INTO idempotency_keys (key, body_hash, incident_id) VALUES (?, ?, ?)')
        .run(input.idempotencyKey, input.bodyHash, incident.id);
      return {outcome: 'created', incident: fromRow(incident)};
    })();
  }

  find(id: string): StoredIncident | undefined {
    const row = this.database.prepare<[string], IncidentRow>('SELECT * FROM incidents WHERE id = ?').get(id);
    return row ? fromRow(row) : undefined;
  }

  byReference(reference: string): StoredIncident | undefined {
    const row = this.database
      .prepare<[string], IncidentRow>('SELECT * FROM incidents WHERE reference = ?')
      .get(reference);
    return row ? fromRow(row) : undefined;
  }

  /**
   * Whether `key` is the idempotency key the report was sent with: only the
   * browser that sent it knows it, so it proves the asker is the sender.
   */
  wasSentWith(incidentId: string, key: string): boolean {
    return !!this.database
      .prepare('SELECT 1 FROM idempotency_keys WHERE key = ? AND incident_id = ?')
      .get(key.toLowerCase(), incidentId);
  }

  /** Newest first, as an operator works through them. */
  list(): StoredIncident[] {
    return this.database
      .prepare<[], IncidentRow>('SELECT * FROM incidents ORDER BY received_at DESC, rowid DESC')
      .all()
      .map(fromRow);
  }

  private unusedReference(): string {
    const taken = this.database.prepare<[string], {id: string}>('SELECT id FROM incidents WHERE reference = ?');
    for (;;) {
      const reference = newCustomerReference();
      if (!taken.get(reference)) return reference;
    }
  }
}

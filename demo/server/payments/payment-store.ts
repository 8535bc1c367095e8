import {createHash, randomBytes} from 'node:crypto';
import type {FailureCode, PaymentState} from '../../../src/contract/payments.js';
import type {SandboxDatabase} from '../database.js';

export interface Payment {
  /** Unguessable: held by the browser that started the payment, the only way to ask for its state. */
  id: string;
  /** Unguessable and different: the hosted card page's address, so a page address never reveals the state's. */
  pageToken: string;
  state: PaymentState;
  amount: number;
  reference: string;
  description: string;
  returnUrl: string;
  language: 'en' | 'cy';
  failureCode?: FailureCode;
  /** The provider's reference for a payment that succeeded. */
  receipt?: string;
  /** The last four digits of the card, for the confirmation page (nothing more of a card is kept). */
  cardLastFour?: string;
  createdAt: string;
}

interface PaymentRow {
  id: string;
  page_token: string;
  state: PaymentState;
  amount: number;
  reference: string;
  description: string;
  return_url: string;
  language: 'en' | 'cy';
  failure_code: FailureCode | null;
  receipt: string | null;
  card_last_four: string | null;
  created_at: string;
}

const toPayment = (row: PaymentRow): Payment => ({
  id: row.id,
  pageToken: row.page_token,
  state: row.state,
  amount: row.amount,
  reference: row.reference,
  description: row.description,
  returnUrl: row.return_url,
  language: row.language,
  failureCode: row.failure_code ?? undefined,
  receipt: row.receipt ?? undefined,
  cardLastFour: row.card_last_four ?? undefined,
  createdAt: row.created_at,
});

/** A payment not finished by then has expired (GOV.UK Pay gives the payer 90 minutes). */
export const EXPIRES_AFTER_MS = 90 * 60 * 1000;

const unguessable = () => randomBytes(24).toString('base64url');

/** What a payment is for, as the store needs it to create one. */
export interface NewPayment {
  idempotencyKey: string;
  amount: number;
  reference: string;
  description: string;
  returnUrl: string;
  language: 'en' | 'cy';
}

/**
 * Payments and their states in SQLite. A create sent again with the same
 * idempotency key is the same payment; states only move forward, as the
 * provider's do; a payment past its 90 minutes reads as failed (expired).
 */
export class PaymentStore {
  constructor(
    private readonly database: SandboxDatabase,
    private readonly now: () => number = Date.now,
  ) {
    database.exec(`
      CREATE TABLE IF NOT EXISTS payments (
        id TEXT PRIMARY KEY,
        page_token TEXT NOT NULL UNIQUE,
        idempotency_key_hash TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL,
        amount INTEGER NOT NULL,
        reference TEXT NOT NULL,
        description TEXT NOT NULL,
        return_url TEXT NOT NULL,
        language TEXT NOT NULL,
        failure_code TEXT,
        receipt TEXT,
        card_last_four TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS payments_by_reference ON payments (reference, state);
    `);
  }

  create(request: NewPayment): Payment {
    const keyHash = createHash('sha256').update(request.idempotencyKey).digest('hex');
    return this.database.transaction(() => {
      const existing = this.database.prepare('SELECT * FROM payments WHERE idempotency_key_hash = ?').get(keyHash) as
        PaymentRow | undefined;
      if (existing) return this.current(toPayment(existing));
      const payment: Payment = {
        id: unguessable(),
        pageToken: unguessable(),
        state: 'created',
        ...request,
        createdAt: new Date(this.now()).toISOString(),
      };
      this.database
        .prepare(
          `INSERT INTO payments (id, page_token, idempotency_key_hash, state, amount, reference, description, return_url, language, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          payment.id,
          payment.pageToken,
          keyHash,
          payment.state,
          payment.amount,
          payment.reference,
          payment.description,
          payment.returnUrl,
          payment.language,
          payment.createdAt,
        );
      return payment;
    })();
  }

  byIdempotencyKey(key: string): Payment | undefined {
    const keyHash = createHash('sha256').update(key).digest('hex');
    const row = this.database.prepare('SELECT * FROM payments WHERE idempotency_key_hash = ?').get(keyHash) as
      PaymentRow | undefined;
    return row && this.current(toPayment(row));
  }

  byId(id: string): Payment | undefined {
    const row = this.database.prepare('SELECT * FROM payments WHERE id = ?').get(id) as PaymentRow | undefined;
    return row && this.current(toPayment(row));
  }

  byPageToken(token: string): Payment | undefined {
    const row = this.database.prepare('SELECT * FROM payments WHERE page_token = ?').get(token) as
      PaymentRow | undefined;
    return row && this.current(toPayment(row));
  }

  /**
   * Moves a payment on, if it may move from where it is: created → started →
   * submitted → success or failed; created or started → failed (cancelled).
   * False when it may not (finished, expired, or out of order).
   *
   * Taking the money checks again, in the same transaction, that the
   * application is not paid already (two tabs, two payments begun before
   * either finished): then this one fails as cancelled by the service (P0040)
   * and nothing is taken.
   */
  move(
    id: string,
    to: PaymentState,
    extra: {failureCode?: FailureCode; receipt?: string; cardLastFour?: string} = {},
  ): boolean {
    return this.database.transaction(() => {
      const payment = this.byId(id);
      if (!payment || !ALLOWED[payment.state].includes(to)) return false;
      const paidAlready = to === 'success' && this.isPaid(payment.reference);
      const [state, change] = paidAlready ? (['failed', {failureCode: 'P0040'}] as const) : ([to, extra] as const);
      this.database
        .prepare(
          'UPDATE payments SET state = ?, failure_code = ?, receipt = ?, card_last_four = COALESCE(?, card_last_four) WHERE id = ?',
        )
        .run(
          state,
          change.failureCode ?? null,
          extra.receipt && !paidAlready ? extra.receipt : null,
          extra.cardLastFour ?? null,
          id,
        );
      return true;
    })();
  }

  /** Whether an application has been paid for already (so it is never charged twice, whichever browser asks). */
  isPaid(reference: string): boolean {
    return !!this.database.prepare("SELECT 1 FROM payments WHERE reference = ? AND state = 'success'").get(reference);
  }

  /** A payment as it stands now: one left unfinished past its time has failed (expired), and is stored so. */
  private current(payment: Payment): Payment {
    const unfinished = payment.state === 'created' || payment.state === 'started' || payment.state === 'submitted';
    if (!unfinished || this.now() - Date.parse(payment.createdAt) < EXPIRES_AFTER_MS) return payment;
    this.database.prepare("UPDATE payments SET state = 'failed', failure_code = 'P0020' WHERE id = ?").run(payment.id);
    return {...payment, state: 'failed', failureCode: 'P0020'};
  }
}

/** Where each state may go next. */
const ALLOWED: Record<PaymentState, ReadonlyArray<PaymentState>> = {
  created: ['started', 'failed'],
  started: ['submitted', 'failed'],
  submitted: ['success', 'failed', 'error'],
  capturable: ['success', 'cancelled'],
  success: [],
  failed: [],
  cancelled: [],
  error: [],
};

import {readStored, removeStored, writeStored} from '../../core/storage.js';
import type {PaymentItem} from '../../contract/payments.js';

/**
 * What this tab remembers of a payment while the payer is away on the
 * provider's pages (sessionStorage, cleared by the exit control), for each
 * application: what is being paid for, the idempotency key of the payment
 * being made, and its id once created. The id is the only way to read the payment's state, and
 * only the browser that started it holds it: the return URL carries nothing.
 */
export interface PaymentRecord {
  reference: string;
  items: PaymentItem[];
  /** Made before the first create, kept through every retry and reload; a new one only after a failure. */
  idempotencyKey: string;
  paymentId?: string;
}

/** The reference last paid for in this tab: a return page that names no application comes back to it. */
const LATEST = 'payment';
/** One record per application, so two paid for in one tab (or shown side by side) each find their own. */
const recordKey = (reference: string) => `payment:${reference}`;

/** The record for `reference`, or, with none given, for the application last paid for in this tab. */
export function readPaymentRecord(reference?: string): PaymentRecord | undefined {
  const wanted = reference ?? readStored(LATEST);
  if (!wanted) return undefined;
  try {
    const record = JSON.parse(readStored(recordKey(wanted)) ?? 'null') as PaymentRecord | null;
    return record && record.reference === wanted && Array.isArray(record.items) ? record : undefined;
  } catch {
    return undefined;
  }
}

export function writePaymentRecord(record: PaymentRecord): void {
  writeStored(recordKey(record.reference), JSON.stringify(record));
  writeStored(LATEST, record.reference);
}

/** Forgets the record for `reference`, or for the application last paid for. */
export function clearPaymentRecord(reference?: string): void {
  const forgotten = reference ?? readStored(LATEST);
  if (!forgotten) return;
  removeStored(recordKey(forgotten));
  if (readStored(LATEST) === forgotten) removeStored(LATEST);
}

import {readStored, removeStored, writeStored} from '../../core/storage.js';
import type {PaymentItem} from '../../contract/payments.js';

/**
 * What this tab remembers of a payment while the payer is away on the
 * provider's pages (sessionStorage, cleared by the exit control): what is
 * being paid for, the idempotency key of the payment being made, and its id
 * once created. The id is the only way to read the payment's state, and
 * only the browser that started it holds it: the return URL carries nothing.
 */
export interface PaymentRecord {
  reference: string;
  items: PaymentItem[];
  /** Made before the first create, kept through every retry and reload; a new one only after a failure. */
  idempotencyKey: string;
  paymentId?: string;
}

const KEY = 'payment';

export function readPaymentRecord(): PaymentRecord | undefined {
  try {
    const record = JSON.parse(readStored(KEY) ?? 'null') as PaymentRecord | null;
    return record && typeof record.reference === 'string' && Array.isArray(record.items) ? record : undefined;
  } catch {
    return undefined;
  }
}

export function writePaymentRecord(record: PaymentRecord): void {
  writeStored(KEY, JSON.stringify(record));
}

export function clearPaymentRecord(): void {
  removeStored(KEY);
}

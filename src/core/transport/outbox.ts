import {readStored, removeStored, writeStored} from '../storage.js';

/**
 * A submission waiting for its 201: the body exactly as first sent and the
 * idempotency key made at the first press of Send. Kept in sessionStorage
 * (unless the service stores nothing, as domestic abuse does) so that a
 * reload retries with the same key and the endpoint stores the report once.
 */
export interface PendingSubmission {
  idempotencyKey: string;
  body: string;
}

export interface Outbox {
  read(): PendingSubmission | undefined;
  write(pending: PendingSubmission): void;
  clear(): void;
}

/** An outbox in sessionStorage, one slot per form. */
export function sessionOutbox(slot: string): Outbox {
  const key = `outbox:${slot}`;
  return {
    read() {
      const stored = readStored(key);
      if (!stored) return undefined;
      try {
        const parsed = JSON.parse(stored) as PendingSubmission;
        return typeof parsed.idempotencyKey === 'string' && typeof parsed.body === 'string' ? parsed : undefined;
      } catch {
        return undefined;
      }
    },
    write: (pending) => writeStored(key, JSON.stringify(pending)),
    clear: () => removeStored(key),
  };
}

/** An outbox that lives only as long as the page: nothing touches the device. */
export function memoryOutbox(): Outbox {
  let pending: PendingSubmission | undefined;
  return {
    read: () => pending,
    write: (next) => (pending = next),
    clear: () => (pending = undefined),
  };
}

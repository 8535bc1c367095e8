import {backoffDelayMs, isRetryableStatus, MAX_ATTEMPTS, retryAfterMs, type BackoffOptions} from './retry-policy.js';
import type {Outbox} from './outbox.js';
import {endpointFetch} from './endpoint-fetch.js';
import type {JsonApiError, JsonApiErrorDocument} from '../../contract/json-api-error.js';

export type SendOutcome =
  /**
   * Stored by the endpoint: show the person this reference. The key it was
   * sent with proves this browser sent it (to follow the report).
   */
  | {kind: 'sent'; customerReferenceNumber: string; receivedAt: string; idempotencyKey: string}
  /** The endpoint refused it (a 4xx other than 408 and 429): retrying will not help. */
  | {kind: 'refused'; status: number; errors: JsonApiError[]}
  /** Every attempt failed (offline, busy, down): the answers are kept and the person may try again. */
  | {kind: 'gave-up'; reason: 'offline' | 'unavailable'};

/** Told before each wait, so the page can say "trying again in 4 seconds". */
export interface RetryNotice {
  attempt: number;
  delayMs: number;
  reason: 'offline' | 'unavailable';
}

export interface SenderOptions extends BackoffOptions {
  /** The endpoint's base URL, ending in `/`. */
  endpoint: URL;
  outbox: Outbox;
  onRetry?: (notice: RetryNotice) => void;
  /** Waits; replaceable so a test can record the waits asked for. */
  wait?: (ms: number) => Promise<void>;
}

const JSON_API = 'application/vnd.api+json';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Sends an SDM document to `POST {endpoint}/incidents`, as the contract
 * asks: one idempotency key per submission, made at the first send and kept
 * (with the body) through every retry and reload; back-off with jitter that
 * honours `Retry-After`; at most six attempts; never a retry of a business
 * error. A second call while one is under way joins it, so a double click
 * sends once.
 */
export class SubmissionSender {
  private readonly options: SenderOptions;
  private inFlight: Promise<SendOutcome> | undefined;

  constructor(options: SenderOptions) {
    this.options = options;
  }

  /** A submission from before a reload that still waits for its 201. */
  get pending(): boolean {
    return this.options.outbox.read() !== undefined;
  }

  /**
   * Sends `document`, or, if a submission is already waiting in the outbox,
   * that one again with its own key and body (the person pressed Send, the
   * page was reloaded before the answer came).
   */
  send(document: unknown): Promise<SendOutcome> {
    this.inFlight ??= this.sendOnce(document).finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async sendOnce(document: unknown): Promise<SendOutcome> {
    const {outbox} = this.options;
    let pending = outbox.read();
    if (!pending) {
      pending = {idempotencyKey: crypto.randomUUID(), body: JSON.stringify(document)};
      outbox.write(pending);
    }
    const wait = this.options.wait ?? sleep;
    let reason: RetryNotice['reason'] = 'unavailable';
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      let retryAfter: number | undefined;
      try {
        const response = await endpointFetch(new URL('incidents', this.options.endpoint), {
          method: 'POST',
          headers: {'Content-Type': JSON_API, Accept: JSON_API, 'Idempotency-Key': pending.idempotencyKey},
          body: pending.body,
        });
        if (response.status === 201) {
          const {data} = await response.json();
          outbox.clear();
          return {
            kind: 'sent',
            customerReferenceNumber: data.attributes.customerReferenceNumber,
            receivedAt: data.attributes.receivedAt,
            idempotencyKey: pending.idempotencyKey,
          };
        }
        if (!isRetryableStatus(response.status)) {
          // A business error: this body will never be stored. The answers stay in the
          // form; once the person has fixed them, they are a new submission with a new key.
          const errors = await response
            .json()
            .then((body: Partial<JsonApiErrorDocument>) => body.errors ?? [])
            .catch(() => []);
          outbox.clear();
          return {kind: 'refused', status: response.status, errors};
        }
        reason = 'unavailable';
        retryAfter = retryAfterMs(response.headers.get('Retry-After'));
      } catch {
        // No answer at all: offline, or the connection dropped (maybe after the endpoint stored it).
        reason = 'offline';
      }
      if (attempt === MAX_ATTEMPTS) break;
      const delayMs = backoffDelayMs(attempt, retryAfter, this.options);
      this.options.onRetry?.({attempt, delayMs, reason});
      await wait(delayMs);
    }
    return {kind: 'gave-up', reason};
  }
}

import {backoffDelayMs, isRetryableStatus, MAX_ATTEMPTS, retryAfterMs} from '../../core/transport/retry-policy.js';
import type {BackoffOptions} from '../../core/transport/retry-policy.js';
import type {CreatedPayment, FeeAnswer, PaymentItem, PaymentRequest, PaymentStatus} from '../../contract/payments.js';
import type {JsonApiErrorDocument} from '../../contract/json-api-error.js';
import {endpointFetch} from '../../core/transport/endpoint-fetch.js';

/** An answer, or why there is none: refused (a 4xx that retrying cannot mend, with its first error) or unreachable. */
export type Answer<T> =
  {kind: 'ok'; value: T} | {kind: 'refused'; status: number; code?: string; pointer?: string} | {kind: 'unreachable'};

/**
 * The payment calls of the endpoint contract, each retried as the contract
 * says (network failures, 408, 429 and 5xx; back-off with jitter honouring
 * `Retry-After`; at most six attempts). A create is retried with the same
 * idempotency key, so it can never make two payments.
 */
export class PaymentClient {
  constructor(
    private readonly endpoint: URL,
    private readonly backoff: BackoffOptions = {},
  ) {}

  fee(items: ReadonlyArray<PaymentItem>, language: 'en' | 'cy'): Promise<Answer<FeeAnswer>> {
    const query = new URLSearchParams({items: items.join(','), language});
    return this.call(`payments/fee?${query}`, {method: 'GET'});
  }

  create(request: PaymentRequest, idempotencyKey: string): Promise<Answer<CreatedPayment>> {
    return this.call('payments', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey},
      body: JSON.stringify(request),
    });
  }

  status(paymentId: string): Promise<Answer<PaymentStatus>> {
    return this.call(`payments/${encodeURIComponent(paymentId)}`, {method: 'GET'});
  }

  private async call<T>(path: string, init: RequestInit): Promise<Answer<T>> {
    for (let attempt = 1; ; attempt++) {
      let retryAfter: number | undefined;
      try {
        const response = await endpointFetch(new URL(path, this.endpoint), {
          ...init,
          headers: {Accept: 'application/json', ...init.headers},
        });
        if (response.ok) return {kind: 'ok', value: (await response.json()) as T};
        if (!isRetryableStatus(response.status)) {
          const body = (await response.json().catch(() => ({}))) as Partial<JsonApiErrorDocument>;
          const [error] = body.errors ?? [];
          return {kind: 'refused', status: response.status, code: error?.code, pointer: error?.source?.pointer};
        }
        retryAfter = retryAfterMs(response.headers.get('Retry-After'));
      } catch {
        // No answer: offline, or the connection dropped. Asking again is safe for every call here.
      }
      if (attempt === MAX_ATTEMPTS) return {kind: 'unreachable'};
      await new Promise((resolve) => setTimeout(resolve, backoffDelayMs(attempt, retryAfter, this.backoff)));
    }
  }
}

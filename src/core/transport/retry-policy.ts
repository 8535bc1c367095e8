/**
 * When to try a send again, and how long to wait first: the client side of
 * the endpoint contract (docs/contract.md). Network failures, 408, 429
 * and 5xx are worth retrying; any other 4xx is a business error that
 * retrying cannot fix.
 */
export const MAX_ATTEMPTS = 6;

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export interface BackoffOptions {
  /** The first wait before jitter, in ms. */
  baseDelayMs?: number;
  /** No wait is longer than this, in ms. */
  maxDelayMs?: number;
  /** A number in [0, 1): `Math.random` outside tests. */
  random?: () => number;
}

/** Reads `Retry-After`: seconds, or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before attempt `attempt + 1`: exponential back-off with "equal"
 * jitter, between half the ceiling and all of it (so many clients that failed
 * together do not return together, and none comes back at once), unless the
 * endpoint said how long to wait.
 */
export function backoffDelayMs(attempt: number, retryAfter: number | undefined, options: BackoffOptions = {}): number {
  const maxDelay = options.maxDelayMs ?? 30_000;
  if (retryAfter !== undefined) return Math.min(retryAfter, maxDelay);
  const ceiling = Math.min(maxDelay, (options.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * (options.random ?? Math.random)());
}

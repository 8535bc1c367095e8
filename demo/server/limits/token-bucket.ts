/**
 * Token buckets kept per key (a client, a chat, a report): each key may spend
 * `burst` at once, then `perSecond` after that. A refusal says how long until
 * there is room, for a `Retry-After` header or a chat frame's `retryAfterMs`.
 *
 * Keys whose bucket has filled up again are forgotten, so a flood of new keys
 * costs memory only while they are active; past `maxKeys`, the keys used
 * longest ago are forgotten, full or not (a flood of that many new clients
 * would be needed to refill one client's bucket early).
 */
export interface BucketSettings {
  /** What a key may spend at once. */
  burst: number;
  /** How fast the bucket refills, per second. */
  perSecond: number;
}

export type Take = {allowed: true} | {allowed: false; retryAfterMs: number};

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** At most this many keys are tracked; past it the keys used longest ago are forgotten. */
const DEFAULT_MAX_KEYS = 50_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly settings: BucketSettings,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = DEFAULT_MAX_KEYS,
  ) {}

  /** Spends `cost` from `key`'s bucket, or says how long until it could. A cost above the burst never fits. */
  take(key: string, cost = 1): Take {
    const now = this.now();
    const bucket = this.refilled(key, now);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      this.buckets.delete(key);
      this.buckets.set(key, bucket);
      this.forgetSome(now);
      return {allowed: true};
    }
    if (cost > this.settings.burst) return {allowed: false, retryAfterMs: Number.MAX_SAFE_INTEGER};
    return {allowed: false, retryAfterMs: Math.ceil(((cost - bucket.tokens) / this.settings.perSecond) * 1000)};
  }

  /** Whether `key` could spend `cost` now, spending nothing. */
  peek(key: string, cost = 1): Take {
    const bucket = this.refilled(key, this.now());
    if (bucket.tokens >= cost) return {allowed: true};
    return {allowed: false, retryAfterMs: Math.ceil(((cost - bucket.tokens) / this.settings.perSecond) * 1000)};
  }

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? {tokens: this.settings.burst, updatedAt: now};
    bucket.tokens = Math.min(
      this.settings.burst,
      bucket.tokens + (Math.max(0, now - bucket.updatedAt) / 1000) * this.settings.perSecond,
    );
    bucket.updatedAt = now;
    return bucket;
  }

  /** Forgets keys that are full again (the oldest first: Map keeps the order they were last used in). */
  private forgetSome(now: number): void {
    const fullAfterMs = (this.settings.burst / this.settings.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size <= this.maxKeys && now - bucket.updatedAt < fullAfterMs) break;
      this.buckets.delete(key);
    }
  }
}

/** Seconds for a `Retry-After` header: at least one. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}

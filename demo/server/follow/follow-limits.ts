/**
 * Wrong access codes, and who may try again when. A lock always names the
 * client that earned it, so a stranger's guessing can never lock the person
 * out of their own report:
 *
 * - a client that gives too many wrong codes for one report is locked out of
 *   that report (the pair), for a while;
 * - a client that gives too many wrong codes across reports (trying many
 *   references) is locked out of all of them;
 * - a report guessed at from many clients is only slowed down: after a few
 *   wrong codes from anyone, each attempt on it must wait a short, growing
 *   spacing after the last wrong one (at most `maxSpacingMs`: seconds, never
 *   minutes), so the right code is only ever held back briefly.
 *
 * Unknown references are counted exactly like known ones, so the answers say
 * nothing about which exist. No CAPTCHA: it would shut out people who use
 * assistive technology. Kept in memory: a sandbox restart forgets.
 */
export const LIMITS = {
  /** Wrong codes from one client for one report before that client is locked out of it. */
  perPair: 5,
  /** Wrong codes from one client, for any reports, before it is locked out of all. */
  perClient: 20,
  /** The window wrong codes are counted in, and how long a client's lock lasts. */
  windowMs: 15 * 60 * 1000,
  /** Wrong codes for one report, from anyone, before attempts on it are spaced out. */
  reportFree: 5,
  /** The first spacing; it doubles with each further wrong code, up to `maxSpacingMs`. */
  firstSpacingMs: 1000,
  maxSpacingMs: 8000,
  /** Past this many tallies, the oldest are forgotten (a flood of made-up references costs bounded memory). */
  maxTallies: 100_000,
};

export type Verdict =
  | {allowed: true}
  /** `locked`: this client, for this report or all; `slow-down`: the report, for a few seconds. */
  | {allowed: false; why: 'locked' | 'slow-down'; retryAfterMs: number};

interface Tally {
  /** When each wrong code in the window came. */
  wrong: number[];
  lockedUntil: number;
}

export class FollowLimits {
  /** Keyed `pair:`, `client:` or `report:`; a Map keeps them in the order they were last touched. */
  private readonly tallies = new Map<string, Tally>();

  // Read through `Date` each time (not `Date.now` kept), so a test clock reaches it.
  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Whether `client` may try a code for `reference` now. */
  check(reference: string, client: string): Verdict {
    const now = this.now();
    const locked = Math.max(
      this.current(pairKey(reference, client), now)?.lockedUntil ?? 0,
      this.current(`client:${client}`, now)?.lockedUntil ?? 0,
    );
    if (locked > now) return {allowed: false, why: 'locked', retryAfterMs: locked - now};
    const spacing = this.spacingAfter(reference, now);
    if (spacing > now) return {allowed: false, why: 'slow-down', retryAfterMs: spacing - now};
    return {allowed: true};
  }

  /** Counts a wrong code against the pair, the client and the report. */
  wrong(reference: string, client: string): void {
    const now = this.now();
    this.count(pairKey(reference, client), LIMITS.perPair, now);
    this.count(`client:${client}`, LIMITS.perClient, now);
    this.count(`report:${reference}`, Number.POSITIVE_INFINITY, now);
  }

  /** The right code: this client's wrong tries for this report are forgiven (its tries elsewhere are not). */
  right(reference: string, client: string): void {
    this.tallies.delete(pairKey(reference, client));
  }

  /** When the next attempt on the report may come: 0 while it has had few wrong codes. */
  private spacingAfter(reference: string, now: number): number {
    const wrong = this.current(`report:${reference}`, now)?.wrong ?? [];
    if (wrong.length < LIMITS.reportFree) return 0;
    const spacing = Math.min(
      LIMITS.maxSpacingMs,
      LIMITS.firstSpacingMs * 2 ** Math.min(30, wrong.length - LIMITS.reportFree),
    );
    return wrong[wrong.length - 1] + spacing;
  }

  /** The tally with wrong codes older than the window dropped; undefined when nothing of it is left. */
  private current(key: string, now: number): Tally | undefined {
    const tally = this.tallies.get(key);
    if (!tally) return undefined;
    tally.wrong = tally.wrong.filter((at) => now - at < LIMITS.windowMs);
    if (tally.wrong.length === 0 && tally.lockedUntil <= now) {
      this.tallies.delete(key);
      return undefined;
    }
    return tally;
  }

  private count(key: string, limit: number, now: number): void {
    const tally = this.current(key, now) ?? {wrong: [], lockedUntil: 0};
    tally.wrong.push(now);
    if (tally.wrong.length >= limit) {
      tally.lockedUntil = now + LIMITS.windowMs;
      tally.wrong = [];
    }
    this.tallies.delete(key);
    this.tallies.set(key, tally);
    for (const oldest of this.tallies.keys()) {
      if (this.tallies.size <= LIMITS.maxTallies) break;
      this.tallies.delete(oldest);
    }
  }
}

const pairKey = (reference: string, client: string) => `pair:${client}|${reference}`;

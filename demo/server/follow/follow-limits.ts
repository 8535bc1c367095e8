/**
 * Wrong access codes, and when a client may try again. Nothing here locks
 * anyone out for long, and a stranger's wrong codes never hold back a client
 * that has given none of its own, so neither a stranger on the person's
 * address (home Wi-Fi, carrier NAT, a refuge) nor one guessing at their report
 * from many addresses can keep the person out:
 *
 * - a client may give a few wrong codes for one report; after that, each of
 *   its tries on that report waits a growing spacing after its own last
 *   wrong code there (1, 2, 4, … seconds, at most `pairMaxSpacingMs`);
 * - once a report has had a few wrong codes from anyone, a client that has
 *   wrong codes of its own for it also waits a short spacing (1, 2, 4, then at
 *   most `reportMaxSpacingMs`) after its own last wrong code there: a
 *   stranger's guessing can hold back the person who once mistyped for a few
 *   seconds after that mistake, never longer, and never one who has not;
 * - across reports, a client is held back only by the rate of status checks
 *   (rate-limits.ts: 30 at once, then one every 2 s), which leaves a 56-bit
 *   code far out of reach.
 *
 * An attempt is counted before its code is hashed (and given back when the
 * code was right), so codes sent all at once cannot all pass before any is
 * counted. Unknown references are counted exactly like known ones, so the
 * answers say nothing about which exist. No CAPTCHA: it would shut out people
 * who use assistive technology. Kept in memory: a sandbox restart forgets.
 */
export const LIMITS = {
  /** Wrong codes from one client for one report before its tries on it are spaced out. */
  perPair: 5,
  /** The first spacing; it doubles with each further wrong code, up to the longest below. */
  firstSpacingMs: 1000,
  /** The longest a client waits after its own last wrong code for a report. */
  pairMaxSpacingMs: 60_000,
  /** Wrong codes for one report, from anyone, before clients with wrong codes of their own for it are spaced out. */
  reportFree: 5,
  /** The longest that report-wide spacing (a client past `perPair` may wait longer, for its own wrong codes). */
  reportMaxSpacingMs: 8000,
  /** Waits this short are answered `slow-down` (the element waits and tries again by itself); longer, `locked`. */
  shortWaitMs: 10_000,
  /** A client's wrong codes for a report, and a report's, are forgotten after this long without another. */
  forgetAfterMs: 15 * 60 * 1000,
  /** Past this many tallies, the oldest are forgotten (a flood of made-up references costs bounded memory). */
  maxTallies: 100_000,
};

/** How an allowed attempt ended: the code opened the report, did not, or could not be checked (an error). */
export type Outcome = 'right' | 'wrong' | 'unchecked';

export type Verdict =
  /** Counted already: say how it ended, once. */
  | {allowed: true; done: (outcome: Outcome) => void}
  /** `slow-down`: a few seconds (`shortWaitMs` at most); `locked`: longer, for this client's own wrong codes. */
  | {allowed: false; why: 'locked' | 'slow-down'; retryAfterMs: number};

interface Tally {
  /** Wrong codes given. */
  wrong: number;
  /** When the last wrong code came (or the tally was made). */
  lastAt: number;
  /** A pair's attempts being checked now: as many as it has wrong codes left before spacing, at most. */
  pending: number;
  /** A pair's attempts waiting for those to end. */
  waiting: Array<() => void>;
}

const newTally = (now: number): Tally => ({wrong: 0, lastAt: now, pending: 0, waiting: []});

export class FollowLimits {
  /** Keyed `pair:` (a client and a report) or `report:`; a Map keeps them in the order they were last touched. */
  private readonly tallies = new Map<string, Tally>();

  // Read through `Date` each time (not `Date.now` kept), so a test clock reaches it.
  constructor(private readonly now: () => number = () => Date.now()) {}

  /**
   * Whether `client` may try a code for `reference` now; when it may, the attempt is counted (as if wrong) until it
   * is done. Attempts that would go past the wrong codes a client has left before spacing wait (a hash or so) for
   * those being checked to end, then are answered as if they had come one after another.
   */
  async attempt(reference: string, client: string): Promise<Verdict> {
    const key = pairKey(reference, client);
    for (;;) {
      const now = this.now();
      const pair = this.current(key, now);
      if (pair && pair.pending > 0 && pair.wrong + pair.pending >= LIMITS.perPair) {
        await new Promise<void>((resolve) => pair.waiting.push(resolve));
        continue;
      }
      const until = pair ? pair.lastAt + this.spacing(pair, this.current(reportKey(reference), now)) : 0;
      if (until > now) {
        const retryAfterMs = until - now;
        return {allowed: false, why: retryAfterMs <= LIMITS.shortWaitMs ? 'slow-down' : 'locked', retryAfterMs};
      }
      const reserved = pair ?? newTally(now);
      reserved.pending++;
      this.touch(key, reserved, now);
      let ended = false;
      return {
        allowed: true,
        done: (outcome) => {
          if (ended) return;
          ended = true;
          this.end(reference, client, reserved, outcome);
        },
      };
    }
  }

  private end(reference: string, client: string, reserved: Tally, outcome: Outcome): void {
    const now = this.now();
    const key = pairKey(reference, client);
    reserved.pending--;
    // The right code: this client's wrong codes for this report are forgiven (the report's count is not).
    if (outcome === 'right') this.tallies.delete(key);
    if (outcome === 'wrong') {
      // On the tally kept now (a new one if the pair was forgiven or forgotten meanwhile).
      const pair = this.current(key, now) ?? newTally(now);
      pair.wrong++;
      pair.lastAt = now;
      this.touch(key, pair, now);
      const report = this.current(reportKey(reference), now) ?? newTally(now);
      report.wrong++;
      report.lastAt = now;
      this.touch(reportKey(reference), report, now);
    }
    if (outcome === 'unchecked' && reserved.wrong + reserved.pending === 0 && this.tallies.get(key) === reserved)
      this.tallies.delete(key);
    // Those waiting look again: most go on, or are told to wait, at once.
    for (const waiting of reserved.waiting.splice(0)) waiting();
  }

  /** How long after its last wrong code a client must wait before trying the report again. */
  private spacing(pair: Tally, report: Tally | undefined): number {
    let spacing = 0;
    if (pair.wrong >= LIMITS.perPair) spacing = doubling(pair.wrong - LIMITS.perPair, LIMITS.pairMaxSpacingMs);
    // Others' wrong codes count only against a client with wrong codes of its own for the report.
    if (pair.wrong > 0 && report && report.wrong >= LIMITS.reportFree)
      spacing = Math.max(spacing, doubling(report.wrong - LIMITS.reportFree, LIMITS.reportMaxSpacingMs));
    return spacing;
  }

  /** How many tallies are kept (the memory it costs). */
  get size(): number {
    return this.tallies.size;
  }

  /** The tally, unless it has been quiet long enough to forget. */
  private current(key: string, now: number): Tally | undefined {
    const tally = this.tallies.get(key);
    if (tally && now - tally.lastAt >= LIMITS.forgetAfterMs) {
      this.tallies.delete(key);
      return undefined;
    }
    return tally;
  }

  /** Stores the tally as the last touched, and forgets the oldest that are quiet enough, or past the cap. */
  private touch(key: string, tally: Tally, now: number): void {
    this.tallies.delete(key);
    this.tallies.set(key, tally);
    for (const [oldest, {lastAt}] of this.tallies) {
      if (this.tallies.size <= LIMITS.maxTallies && now - lastAt < LIMITS.forgetAfterMs) break;
      this.tallies.delete(oldest);
    }
  }
}

/** `firstSpacingMs` doubled `times` times, at most `maxMs`. */
const doubling = (times: number, maxMs: number) => Math.min(maxMs, LIMITS.firstSpacingMs * 2 ** Math.min(30, times));

const pairKey = (reference: string, client: string) => `pair:${client}|${reference}`;
const reportKey = (reference: string) => `report:${reference}`;

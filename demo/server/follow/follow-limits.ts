/**
 * Wrong access codes, counted per report and per client: after too many in
 * a window, that report (or that client) is locked for a while, whoever
 * asks, so a code cannot be guessed. No CAPTCHA: it would shut out people
 * who use assistive technology. Kept in memory: a sandbox restart forgets.
 */
export const LIMITS = {
  /** Wrong codes for one report before it locks. */
  perReference: 5,
  /** Wrong codes from one client, for any reports, before it locks. */
  perClient: 20,
  /** The window the wrong codes are counted in, and how long a lock lasts. */
  windowMs: 15 * 60 * 1000,
};

interface Tally {
  wrong: number[];
  lockedUntil: number;
}

export class FollowLimits {
  private readonly tallies = new Map<string, Tally>();

  constructor(private readonly now: () => number = Date.now) {}

  /** How long until these may try again, in ms; 0 when they may now. */
  lockedFor(reference: string, client: string): number {
    const now = this.now();
    return Math.max(
      0,
      ...[`reference:${reference}`, `client:${client}`].map((key) => (this.tallies.get(key)?.lockedUntil ?? 0) - now),
    );
  }

  /** Counts a wrong code against the report and the client. */
  wrong(reference: string, client: string): void {
    this.count(`reference:${reference}`, LIMITS.perReference);
    this.count(`client:${client}`, LIMITS.perClient);
  }

  private count(key: string, limit: number): void {
    const now = this.now();
    const tally = this.tallies.get(key) ?? {wrong: [], lockedUntil: 0};
    tally.wrong = [...tally.wrong.filter((at) => now - at < LIMITS.windowMs), now];
    if (tally.wrong.length >= limit) {
      tally.lockedUntil = now + LIMITS.windowMs;
      tally.wrong = [];
    }
    this.tallies.set(key, tally);
  }
}

export interface TriplePressOptions {
  /** Presses needed. */
  required?: number;
  /** How long, in milliseconds, may pass between one press and the next. */
  windowMs?: number;
  /** Called when the window passes with some presses counted, but not enough. */
  onExpire?: () => void;
  /** Timers, replaceable in tests. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Counts presses of a key that must come in a run, each within a time
 * window of the last (GOV.UK's exit-this-page shortcut: Shift three times,
 * each within 5 seconds). Knows nothing of keys or the DOM.
 */
export class TriplePress {
  private count = 0;
  private timer: unknown;
  private readonly required: number;
  private readonly windowMs: number;
  private readonly options: TriplePressOptions;

  constructor(options: TriplePressOptions = {}) {
    this.options = options;
    this.required = options.required ?? 3;
    this.windowMs = options.windowMs ?? 5000;
  }

  /** Counts one press; answers how many are still needed (0: the run is complete, and the count starts again). */
  press(): number {
    this.stopTimer();
    this.count += 1;
    const remaining = this.required - this.count;
    if (remaining <= 0) {
      this.count = 0;
      return 0;
    }
    const setTimer = this.options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.timer = setTimer(() => {
      this.count = 0;
      this.timer = undefined;
      this.options.onExpire?.();
    }, this.windowMs);
    return remaining;
  }

  /** Forgets the presses so far, without calling `onExpire`. */
  reset(): void {
    this.stopTimer();
    this.count = 0;
  }

  private stopTimer(): void {
    if (this.timer === undefined) return;
    const clearTimer = this.options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    clearTimer(this.timer);
    this.timer = undefined;
  }
}

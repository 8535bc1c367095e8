import {MAX_MESSAGE_LENGTH} from '../../../src/widgets/live-chat/chat-protocol.js';

/**
 * Messages each side of a chat may send in a burst, then how many a second
 * after that: far above anyone typing, far below a script flooding an agent.
 */
const BURST = 60;
const PER_SECOND = 20;

/** A token bucket for one side of one chat. */
export class RateLimit {
  private tokens = BURST;
  private updatedAt = Date.now();

  /** Takes one message; when there is no room, how many milliseconds until there is. */
  take(): {allowed: true} | {allowed: false; retryAfterMs: number} {
    const now = Date.now();
    this.tokens = Math.min(BURST, this.tokens + ((now - this.updatedAt) / 1000) * PER_SECOND);
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return {allowed: true};
    }
    return {allowed: false, retryAfterMs: Math.ceil(((1 - this.tokens) / PER_SECOND) * 1000)};
  }
}

/** A message's text as stored, or why it is refused. */
export function messageProblem(text: unknown): 'empty' | 'too-long' | undefined {
  if (typeof text !== 'string' || text.trim() === '') return 'empty';
  if (text.length > MAX_MESSAGE_LENGTH) return 'too-long';
  return undefined;
}

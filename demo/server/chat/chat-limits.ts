import {MAX_MESSAGE_LENGTH} from '../../../src/contract/chat.js';
import {TokenBuckets, type BucketSettings, type Take} from '../limits/token-bucket.js';

/** The kinds of frame each side's buckets count separately; `other` is anything refused as not understood or not theirs. */
export type FrameKind = 'hello' | 'send' | 'typing' | 'read' | 'end' | 'ping' | 'pick' | 'other';

/**
 * What one side of one chat may send, kind by kind: a burst, then so many a
 * second. Far above anyone typing (and the element's own reconnects and wake-up
 * pings), far below a script. Frames not yet tied to a chat (before `hello`, or
 * naming a chat that is not the sender's) count against the client instead.
 */
export const FRAME_LIMITS: Readonly<Record<FrameKind, BucketSettings>> = {
  send: {burst: 60, perSecond: 20},
  // Two a message (typing, then not), and a receipt for each message from the other side: twice the messages' rate.
  typing: {burst: 120, perSecond: 40},
  read: {burst: 120, perSecond: 40},
  // A reconnect says hello again: a cut every few seconds for a minute still fits.
  hello: {burst: 30, perSecond: 1 / 2},
  ping: {burst: 60, perSecond: 20},
  end: {burst: 5, perSecond: 1 / 10},
  pick: {burst: 30, perSecond: 5},
  other: {burst: 20, perSecond: 2},
};

/**
 * Refusals a side may earn before its socket is closed (`TOO_MANY_FRAMES`): a
 * client that waits `retryAfterMs`, as the element does, never gets near it.
 */
export const STRIKES: BucketSettings = {burst: 50, perSecond: 1};

/** The close code for a socket that kept sending after it was refused. */
export const TOO_MANY_FRAMES = 4429;

/**
 * The chat's token buckets. Keys name a chat's side (`person <chatId>`) or a
 * client (`person@<address>`), never a socket, so neither a new `hello` nor a
 * reconnect starts them afresh.
 */
export class ChatLimits {
  private readonly buckets = new Map<FrameKind, TokenBuckets>();
  private readonly strikes: TokenBuckets;

  constructor(now: () => number = Date.now) {
    for (const [kind, settings] of Object.entries(FRAME_LIMITS))
      this.buckets.set(kind as FrameKind, new TokenBuckets(settings, now));
    this.strikes = new TokenBuckets(STRIKES, now);
  }

  /** Takes one frame of `kind` from `key`'s bucket. */
  take(kind: FrameKind, key: string): Take {
    return this.buckets.get(kind)!.take(key);
  }

  /** Counts a refusal against `key`: true when it has had more than it may, and its socket is to be closed. */
  struckOut(key: string): boolean {
    return !this.strikes.take(key).allowed;
  }
}

/** A message's text as stored, or why it is refused. */
export function messageProblem(text: unknown): 'empty' | 'too-long' | undefined {
  if (typeof text !== 'string' || text.trim() === '') return 'empty';
  if (text.length > MAX_MESSAGE_LENGTH) return 'too-long';
  return undefined;
}

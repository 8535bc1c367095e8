import type {FastifyReply} from 'fastify';
import {jsonApiError, sendErrors} from '../json-api-errors.js';
import {retryAfterSeconds, type BucketSettings, type Take} from './token-bucket.js';

/**
 * How much one client may do, kind by kind. The defaults are what `npm start`
 * (and a force copying it) runs with: far above a person, far below a script.
 * Tests that drive many journeys from one address raise them; the security
 * tests keep them.
 */
export interface RateLimitSettings {
  /** Reports sent (`POST /incidents`), per client. */
  reports: BucketSettings;
  /** Uploads created, per client. */
  uploads: BucketSettings;
  /** Bytes declared by uploads created (`Upload-Length`), per client. */
  uploadBytes: BucketSettings;
  /** Payments begun (`POST /payments`), per client. */
  payments: BucketSettings;
  /** Chats opened (`POST /chat/sessions`), per client. */
  chatsOpened: BucketSettings;
  /** Status look-ups (`POST /status`), per client. */
  statusChecks: BucketSettings;
  /** Replies sent from a status page (`POST /status/messages`), per client. */
  statusReplies: BucketSettings;
}

const GIB = 1024 ** 3;

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  reports: {burst: 20, perSecond: 1 / 30},
  uploads: {burst: 30, perSecond: 1 / 10},
  uploadBytes: {burst: 8 * GIB, perSecond: (8 * GIB) / 3600},
  payments: {burst: 20, perSecond: 1 / 30},
  chatsOpened: {burst: 5, perSecond: 1 / 60},
  statusChecks: {burst: 30, perSecond: 1 / 2},
  statusReplies: {burst: 10, perSecond: 1 / 10},
};

/** The defaults with some kinds replaced. */
export function rateLimitSettings(overrides: Partial<RateLimitSettings> = {}): RateLimitSettings {
  return {...DEFAULT_RATE_LIMITS, ...overrides};
}

/**
 * Answers a refused request: `429` with `Retry-After` and a JSON:API error
 * (the elements' senders wait that long and retry with the same key).
 */
export function sendTooMany(reply: FastifyReply, refused: Extract<Take, {allowed: false}>): FastifyReply {
  const seconds = retryAfterSeconds(refused.retryAfterMs);
  reply.header('Retry-After', String(seconds));
  return sendErrors(reply, 429, [
    jsonApiError(429, 'too-many-requests', 'Too many requests', `Wait ${seconds} seconds, then try again.`),
  ]);
}

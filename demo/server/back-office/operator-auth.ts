import {createHash, randomBytes, timingSafeEqual} from 'node:crypto';
import type {IncomingHttpHeaders} from 'node:http';
import {TokenBuckets, type Take} from '../limits/token-bucket.js';

/** The back office's session cookie: HttpOnly, SameSite=Strict, for the sandbox's own pages only. */
export const OPERATOR_COOKIE = 'soh_operator';

/**
 * Wrong guesses at the secret one client may make, wherever it makes them (the sign-in page, a bearer token, the
 * agent socket's hello): enough for typing mistakes, far too few to guess a secret.
 */
const WRONG_GUESSES = {burst: 10, perSecond: 1 / 6};
/** A signed-in page stays signed in this long, then signs in again. */
const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Who may use the back office (the inbox, its JSON, stored files, the agent
 * console and socket): whoever holds the operator secret
 * (`SOH_OPERATOR_TOKEN`). Scripts send it as `Authorization: Bearer …`; the
 * pages sign in with it once and then carry a session cookie, which is a
 * random id (never the secret itself). Wrong guesses are limited per client.
 */
export class OperatorAuth {
  private readonly secret: Buffer;
  /** Session ids, with when each stops being signed in. */
  private readonly sessions = new Map<string, number>();
  private readonly wrongGuesses: TokenBuckets;

  constructor(
    token: string,
    private readonly now: () => number = Date.now,
  ) {
    if (token.length < 16) throw new Error('The operator token must be at least 16 characters.');
    this.secret = digest(token);
    this.wrongGuesses = new TokenBuckets(WRONG_GUESSES, now);
  }

  /**
   * Whether `candidate` is the secret, from `client`. Compared in constant time (both sides hashed first, so
   * their lengths never differ); a wrong one costs the client a guess, and a client out of guesses is told to wait
   * before any comparison is made (so waiting is the only way to guess again).
   */
  verify(candidate: unknown, client: string): {matches: boolean; wait?: Extract<Take, {allowed: false}>} {
    const room = this.wrongGuesses.peek(client);
    if (!room.allowed) return {matches: false, wait: room};
    if (typeof candidate === 'string' && timingSafeEqual(digest(candidate), this.secret)) return {matches: true};
    this.wrongGuesses.take(client);
    return {matches: false};
  }

  /** A new signed-in session's id, for the cookie. */
  startSession(): string {
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, this.now() + SESSION_LIFETIME_MS);
    return id;
  }

  endSession(headers: IncomingHttpHeaders): void {
    const id = cookieValue(headers.cookie, OPERATOR_COOKIE);
    if (id) this.sessions.delete(id);
  }

  /** The session id a request's cookie carries, when it is a signed-in one that has not run out. */
  sessionOf(headers: IncomingHttpHeaders): string | undefined {
    const id = cookieValue(headers.cookie, OPERATOR_COOKIE);
    const until = id === undefined ? undefined : this.sessions.get(id);
    if (until === undefined) return undefined;
    if (until > this.now()) return id;
    this.sessions.delete(id!);
    return undefined;
  }

  /** True when the request carries the secret as a bearer token (a guess, when wrong), or a signed-in session's cookie. */
  isOperator(headers: IncomingHttpHeaders, client: string): boolean {
    const authorization = headers.authorization ?? '';
    if (authorization.startsWith('Bearer ')) return this.verify(authorization.slice('Bearer '.length), client).matches;
    return this.sessionOf(headers) !== undefined;
  }
}

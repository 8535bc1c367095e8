import {createHash, randomBytes, timingSafeEqual} from 'node:crypto';
import type {IncomingHttpHeaders} from 'node:http';

/** The back office's session cookie: HttpOnly, SameSite=Strict, for the sandbox's own pages only. */
export const OPERATOR_COOKIE = 'soh_operator';

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
 * Who may use the back office (the inbox, its JSON, the agent console and
 * socket): whoever holds the operator secret (`SOH_OPERATOR_TOKEN`). Scripts
 * send it as `Authorization: Bearer …`; the pages sign in with it once and then
 * carry a session cookie, which is a random id (never the secret itself).
 */
export class OperatorAuth {
  private readonly secret: Buffer;
  private readonly sessions = new Set<string>();

  constructor(token: string) {
    if (token.length < 16) throw new Error('The operator token must be at least 16 characters.');
    this.secret = digest(token);
  }

  /** Compares in constant time (both sides hashed first, so their lengths never differ). */
  tokenMatches(candidate: unknown): boolean {
    return typeof candidate === 'string' && timingSafeEqual(digest(candidate), this.secret);
  }

  /** A new signed-in session's id, for the cookie. */
  startSession(): string {
    const id = randomBytes(32).toString('base64url');
    this.sessions.add(id);
    return id;
  }

  endSession(headers: IncomingHttpHeaders): void {
    const id = cookieValue(headers.cookie, OPERATOR_COOKIE);
    if (id) this.sessions.delete(id);
  }

  /** The session id a request's cookie carries, when it is a signed-in one. */
  sessionOf(headers: IncomingHttpHeaders): string | undefined {
    const id = cookieValue(headers.cookie, OPERATOR_COOKIE);
    return id !== undefined && this.sessions.has(id) ? id : undefined;
  }

  /** True when the request carries the secret as a bearer token, or a signed-in session's cookie. */
  isOperator(headers: IncomingHttpHeaders): boolean {
    const authorization = headers.authorization ?? '';
    if (authorization.startsWith('Bearer ')) return this.tokenMatches(authorization.slice('Bearer '.length));
    return this.sessionOf(headers) !== undefined;
  }
}

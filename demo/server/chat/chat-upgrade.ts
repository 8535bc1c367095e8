import type {IncomingMessage} from 'node:http';
import type {Duplex} from 'node:stream';
import type {SandboxContext} from '../sandbox-context.js';

/** Which chat socket an upgrade asks for, by its path. */
export function chatSide(request: IncomingMessage): 'person' | 'agent' | undefined {
  const path = (request.url ?? '').split('?')[0];
  return path === '/chat/socket' ? 'person' : path === '/chat/agent' ? 'agent' : undefined;
}

/** Whether an upgrade's `Origin` is this endpoint's own: false for any other, and for one that does not parse (`null`). */
export function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Why an upgrade is refused, as an HTTP status; nothing when it may go on.
 * The `Host` must name this endpoint (DNS rebinding). A page elsewhere must
 * not open a chat socket on a person's behalf: the `Origin`, when a browser
 * sends one, is this endpoint's or an allowed one; `null` (a sandboxed frame,
 * a `file:` page) and anything that does not parse are refused.
 */
export function upgradeRefusal(request: IncomingMessage, context: SandboxContext): number | undefined {
  if (!context.hosts.allows(request.headers.host)) return 421;
  const origin = request.headers.origin;
  if (origin === undefined || isSameOrigin(request)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return 403;
  }
  // An origin is a scheme, host and port: anything more (or `null`) is not one.
  return parsed.origin === origin && context.isAllowedOrigin(origin) ? undefined : 403;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** Answers an upgrade that is not taken with a plain HTTP status, then ends the connection. */
export function refuseUpgrade(socket: Duplex, status: number): void {
  if (!socket.writable) return void socket.destroy();
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${status} ${REASONS[status] ?? 'Refused'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

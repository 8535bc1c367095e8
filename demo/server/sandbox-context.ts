import type {IncomingMessage} from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type {OperatorAuth} from './back-office/operator-auth.js';
import type {HostCheck} from './host-check.js';
import type {RateLimitSettings} from './limits/rate-limits.js';

/**
 * What every part of the sandbox needs to know about how it is deployed:
 * who signs in to the back office, how much one client may do, which origins
 * may call it, and whether the switches for tests exist at all.
 */
export interface SandboxContext {
  operators: OperatorAuth;
  limits: RateLimitSettings;
  /** True only in sandboxes built for tests and the bench: `/__faults`, `/__chat/drop` and the like exist. */
  testRoutes: boolean;
  /** Origins other than the sandbox's own that may call it. */
  isAllowedOrigin: (origin: string) => boolean;
  /** The client a raw request (an upgrade, a tus request) comes from: the same answer as Fastify's `request.ip`. */
  clientOf: (request: IncomingMessage) => string;
  /** Which `Host` headers name this endpoint, and the public origin (WebSocket upgrades check it themselves). */
  hosts: HostCheck;
}

/** Proxies trusted to name the client in `X-Forwarded-For`: addresses, subnets, or `loopback`; none by default. */
export type TrustedProxies = string | string[] | undefined;

export function clientAddressReader(trustedProxies: TrustedProxies): (request: IncomingMessage) => string {
  if (trustedProxies === undefined || trustedProxies.length === 0)
    return (request) => request.socket.remoteAddress ?? 'unknown';
  const trust = proxyAddr.compile(
    typeof trustedProxies === 'string' ? trustedProxies.split(',').map((it) => it.trim()) : trustedProxies,
  );
  return (request) => proxyAddr(request, trust);
}

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
  /**
   * The client a request comes from, as limits count it (pass `request.raw`): its address, or the one a trusted
   * proxy names; an IPv6 address by its /64 network.
   */
  clientOf: (request: IncomingMessage) => string;
  /** Which `Host` headers name this endpoint, and the public origin (WebSocket upgrades check it themselves). */
  hosts: HostCheck;
}

/** Proxies trusted to name the client in `X-Forwarded-For`: addresses, subnets, or `loopback`; none by default. */
export type TrustedProxies = string | string[] | undefined;

/**
 * The client an address stands for, for counting: an IPv4 address as it is (an IPv4-mapped IPv6 address as the
 * IPv4 one), an IPv6 address by its /64 network, since one home or phone is handed a whole /64 and could otherwise
 * be 2^64 clients.
 */
function clientKey(address: string): string {
  if (!address.includes(':')) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  const [head, tail = ''] = address.split('%')[0].toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export function clientAddressReader(trustedProxies: TrustedProxies): (request: IncomingMessage) => string {
  if (trustedProxies === undefined || trustedProxies.length === 0)
    return (request) => clientKey(request.socket.remoteAddress ?? 'unknown');
  const trust = proxyAddr.compile(
    typeof trustedProxies === 'string' ? trustedProxies.split(',').map((it) => it.trim()) : trustedProxies,
  );
  return (request) => clientKey(proxyAddr(request, trust));
}

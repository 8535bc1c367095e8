const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface HostCheck {
  /** True when a `Host` header names this endpoint. */
  allows(host: string | undefined): boolean;
  /** The origin this endpoint is reached at, for a request whose `Host` was allowed (payments return only there). */
  publicOrigin(host: string): string;
}

/**
 * DNS rebinding: a hostile site can point its own name at the machine the
 * sandbox runs on, and a browser will send its pages' requests there with
 * that name in `Host`. Only the configured public origin's host is served;
 * without one, loopback names (a hostile name never is one).
 */
export function hostCheck(publicOrigin: string | undefined): HostCheck {
  if (publicOrigin !== undefined) {
    const configured = new URL(publicOrigin);
    return {
      allows: (host) => host?.toLowerCase() === configured.host,
      publicOrigin: () => configured.origin,
    };
  }
  return {
    allows(host) {
      if (host === undefined) return false;
      let url: URL;
      try {
        url = new URL(`http://${host}`);
      } catch {
        return false;
      }
      return LOOPBACK_NAMES.has(url.hostname) && !url.username && !url.password && url.pathname === '/';
    },
    publicOrigin: (host) => `http://${host.toLowerCase()}`,
  };
}

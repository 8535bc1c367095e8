/**
 * A page that enforces Trusted Types (`require-trusted-types-for 'script'`)
 * only lets a worker start from a URL a named policy vouched for. Ours is
 * `soh-elements`, and it vouches only for this library's hashing worker:
 * a script on the page's origin whose name ends `hash-worker.js` (the one
 * beside the library, or the page's own copy). A host page that
 * enforces Trusted Types adds `soh-elements` to its `trusted-types`
 * directive; a page that does not is not affected.
 */
interface TrustedTypesPolicy {
  createScriptURL(url: string): unknown;
}

let policy: TrustedTypesPolicy | undefined;

export function workerUrl(url: URL): string | URL {
  const trustedTypes = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: object): TrustedTypesPolicy}})
    .trustedTypes;
  if (!trustedTypes) return url;
  policy ??= trustedTypes.createPolicy('soh-elements', {
    createScriptURL: (candidate: string) => {
      const asked = new URL(candidate);
      // A browser starts a worker only from the page's origin: there, the library's worker or the page's own copy.
      if (asked.origin !== location.origin || !/(^|\/)hash-worker[^/]*\.[jt]s$/.test(asked.pathname))
        throw new TypeError(`soh-elements starts no worker from ${candidate}`);
      return candidate;
    },
  });
  return policy.createScriptURL(url.href) as string;
}

/**
 * A page that enforces Trusted Types (`require-trusted-types-for 'script'`)
 * only lets a worker start from a URL a named policy vouched for. Ours is
 * `soh-elements`, and it vouches only for this library's hashing worker,
 * loaded from where the library itself is served. A host page that
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
      if (asked.origin !== new URL(import.meta.url).origin || !/hash-worker[^/]*\.[jt]s$/.test(asked.pathname))
        throw new TypeError(`soh-elements starts no worker from ${candidate}`);
      return candidate;
    },
  });
  return policy.createScriptURL(url.href) as string;
}

/**
 * A page that enforces Trusted Types (`require-trusted-types-for 'script'`)
 * only lets a worker start from a URL a named policy vouched for. Ours is
 * `soh-elements`, and it vouches only for this library's hashing worker:
 * a script on the page's origin whose file name starts `hash-worker` and
 * ends `.js` (`.ts` under the test runner): the one beside the library, or
 * the page's own copy, such as `hash-worker.v2.js`. A host page that
 * enforces Trusted Types adds `soh-elements` to its `trusted-types`
 * directive; a page that does not is not affected.
 */
interface TrustedTypesPolicy {
  createScriptURL(url: string): unknown;
}

let policy: TrustedTypesPolicy | undefined;

/** The library's hashing worker, or the page's own copy, on the page's origin (a browser starts no other). */
function vouchedFor(candidate: string): string {
  const asked = new URL(candidate);
  if (asked.origin !== location.origin || !/(^|\/)hash-worker[^/]*\.[jt]s$/.test(asked.pathname))
    throw new TypeError(`soh-elements starts no worker from ${candidate}`);
  return candidate;
}

/**
 * The address to start the hashing worker from: refused alike in every engine when it is not the hashing worker,
 * and vouched for by the policy where the engine has Trusted Types.
 */
export function workerUrl(url: URL): string {
  const trustedTypes = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: object): TrustedTypesPolicy}})
    .trustedTypes;
  if (!trustedTypes) return vouchedFor(url.href);
  policy ??= trustedTypes.createPolicy('soh-elements', {createScriptURL: vouchedFor});
  return policy.createScriptURL(url.href) as string;
}

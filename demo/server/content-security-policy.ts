/**
 * The strict policy the demo site runs under: what a careful force's CMS
 * sends. The elements must work with it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // lit-html renders templates; soh-elements starts the upload's hashing worker.
  'trusted-types lit-html soh-elements',
].join('; ');

/**
 * The upload's hashing worker runs under the policy its own script is
 * served with. This one also lets it compile WebAssembly (hash-wasm, five
 * times as fast as pure JavaScript); WebAssembly cannot reach the page, and
 * nothing else on the site gets `'wasm-unsafe-eval'`.
 */
export const HASH_WORKER_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
);

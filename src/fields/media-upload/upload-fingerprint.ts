/**
 * The fingerprint that finds a file's record again when it is chosen again:
 * a SHA-256 of the endpoint, the file's size and its own SHA-256 (worked out
 * before sending anyway). The same file gives the same fingerprint; the
 * fingerprint gives away neither the file's name nor its hash.
 */
export async function uploadFingerprint(endpoint: string, size: number, sha256: string): Promise<string> {
  const text = new TextEncoder().encode(`soh-upload\n${endpoint}\n${size}\n${sha256}`);
  let digest: Uint8Array;
  if (crypto.subtle) digest = new Uint8Array(await crypto.subtle.digest('SHA-256', text));
  else {
    // Outside a secure context (a plain-http test page), where Web Crypto's digest is missing.
    const {sha256: hash} = await import('@noble/hashes/sha2.js');
    digest = hash(text);
  }
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

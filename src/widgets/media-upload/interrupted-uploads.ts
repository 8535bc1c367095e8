/** An upload left unfinished when its page was closed or reloaded. */
export interface InterruptedUpload {
  fileName: string;
  size: number;
  /** Bytes the endpoint holds. */
  offset: number;
}

/**
 * The uploads to this endpoint that a closed or reloaded page left
 * unfinished, with how much the endpoint holds of each. A browser cannot
 * reopen a file by itself, so the person must choose it again: tus-js-client
 * then finds the record and carries on from that offset. Records the
 * endpoint no longer knows (expired, finished) are forgotten.
 */
export async function findInterruptedUploads(endpoint: URL): Promise<InterruptedUpload[]> {
  const {defaultOptions} = await import('tus-js-client');
  const storage = defaultOptions.urlStorage;
  if (!storage) return [];
  const uploadsRoot = new URL('uploads/', endpoint).href;
  const found: InterruptedUpload[] = [];
  for (const record of await storage.findAllUploads()) {
    const url = record.uploadUrl;
    if (!url || !url.startsWith(uploadsRoot)) continue;
    const head = await fetch(url, {method: 'HEAD', headers: {'Tus-Resumable': '1.0.0'}, credentials: 'omit'}).catch(
      () => undefined,
    );
    if (!head) continue;
    const offset = Number(head.headers.get('Upload-Offset'));
    const size = record.size ?? Number(head.headers.get('Upload-Length'));
    if (!head.ok || Number.isNaN(offset) || offset >= size) {
      if (record.urlStorageKey) await storage.removeUpload(record.urlStorageKey);
      continue;
    }
    found.push({fileName: record.metadata?.filename ?? '', size, offset});
  }
  return found;
}

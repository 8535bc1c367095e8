/*
 * Evidence uploads (tus 1.0, `{endpoint}/uploads`): the metadata each file is
 * sent with, what the endpoint takes, and what a finished upload gives the
 * report. The element's side is src/fields/media-upload/, the sandbox's
 * demo/server/uploads/ (see docs/contract.md).
 */

/** The tus version both sides speak (`Tus-Resumable`). */
export const TUS_VERSION = '1.0.0';

/**
 * `Upload-Metadata` of `POST {endpoint}/uploads`: what the file is, perhaps its SHA-256, and what it belongs to. tus sends every value as a string; a key left out is not sent.
 */
export interface UploadMetadata {
  /** The file's name on the device, 1 to {@link MAX_FILENAME_LENGTH} characters. */
  filename: string;
  /** Its media type, `type/subtype` ({@link MEDIA_TYPE_PATTERN}), from its first bytes rather than its name. */
  filetype: string;
  /**
   * The SHA-256 of the whole file, in lower-case hex ({@link SHA256_PATTERN}), for a sender that worked it out before
   * sending: checked as the last byte arrives. The element leaves it out: it hashes while sending, and gives the
   * SHA-256 once every byte is in ({@link SHA256_CONFIRMATION}).
   */
  sha256?: string;
  /** Evidence sent on its own: the reference of the report it is for. Sent only when set; the sandbox ignores it. */
  reference?: string;
  /** Inside a report form: the id of the submission the file goes with ({@link SUBMISSION_ID_PATTERN}). */
  submissionId?: string;
}

/** What an upload belongs to, as the element knows it: the part of its metadata that is not about the file. */
export type UploadBelongsTo = Pick<UploadMetadata, 'reference' | 'submissionId'>;

/**
 * Where, under an upload's address (its tus `Location`), the sender gives the whole file's SHA-256 once every byte
 * is in: `POST {upload}/sha256`, a `text/plain` body of {@link SHA256_PATTERN}. `204` the bytes match (and again if
 * asked again); `460` they differ, and the endpoint removed them (send the file again); `409` bytes are still to
 * come. Until then the endpoint holds the bytes but does not treat them as evidence.
 */
export const SHA256_CONFIRMATION = 'sha256';

/** The longest `filename` the endpoint takes, in characters. */
export const MAX_FILENAME_LENGTH = 255;

/** A `filetype` the endpoint takes. */
export const MEDIA_TYPE_PATTERN = /^[\w.+-]+\/[\w.+-]+$/;

/** A `sha256` the endpoint takes: 64 lower-case hex digits. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** A `submissionId` the endpoint takes. */
export const SUBMISSION_ID_PATTERN = /^[\w-]{1,64}$/;

/**
 * The largest file the sandbox takes, in bytes (4 GiB): a larger `Upload-Length` is refused with `413`. A force's
 * endpoint may take less; the element refuses files over its own `max-size` (2 GB by default) before sending.
 */
export const MAX_UPLOAD_SIZE = 4 * 1024 ** 3;

/**
 * A file uploaded with a report, as `<soh-media-upload>` gives it (its `soh-upload-complete` event, and its value
 * in a form): the answer to a files question is a list of them. The SDM references media by link, never embedded.
 */
export interface Attachment {
  fileName: string;
  mediaType: string;
  size: number;
  /** The SHA-256 of the whole file (hex), which the endpoint checked. */
  sha256: string;
  /** Where the endpoint keeps it: the upload's address (tus `Location`). */
  url: string;
  /** When a photo was taken (EXIF), else when the file was last changed on the device. */
  captureTime: string;
  caption?: string;
}

import type {Upload, UrlStorage} from 'tus-js-client';
import {webAddress} from '../../core/safe-url.js';
import {endpointFetch} from '../../core/transport/endpoint-fetch.js';
import {
  SHA256_CONFIRMATION,
  type Attachment,
  type UploadBelongsTo,
  type UploadMetadata,
} from '../../contract/uploads.js';
import type {FileKind} from './file-kinds.js';
import {captureTime} from './capture-time.js';
import {hashFile} from './hash-file.js';
import {uploadFingerprint} from './upload-fingerprint.js';

/** `checking`: every byte is sent, and the endpoint is told the file's SHA-256 to check them against. */
export type UploadState = 'uploading' | 'checking' | 'paused' | 'failed' | 'done' | 'cancelled';

/**
 * What the endpoint answers the SHA-256 with when it does not hold this file's bytes: they differ (removed), no such
 * upload (expired or removed), gone, or checked already as another file.
 */
const DOES_NOT_HOLD_IT = [460, 404, 410, 409];

/** Waits before each retry after a dropped connection: tus-js-client resumes from the stored offset. */
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000];

/**
 * One file on its way, sent at once with tus (tus-js-client, loaded with the
 * first file) while a worker works out its SHA-256 from the same file; once
 * every byte is in, the endpoint is told the SHA-256 and checks the bytes it
 * hashed as they arrived (`POST {upload}/sha256`, docs/contract.md). So a
 * large video starts moving as soon as it is chosen, rather than after the
 * whole of it has been read once. Resumable after a dropped connection or
 * (where a record may be kept) a reload. `onChange` hears every change of
 * state or progress.
 */
export class UploadTask {
  state: UploadState = 'uploading';
  /** Bytes the endpoint has accepted. */
  done = 0;
  /** Seconds left at the current rate, once there is a rate to go by. */
  secondsLeft?: number;
  caption = '';
  attachment?: Attachment;

  private upload?: Upload;
  /** The file's SHA-256, being worked out (from when it was chosen) or known. */
  private hashing?: Promise<string>;
  /** Stops the hashing of a file that was cancelled. */
  private readonly stopHashing = new AbortController();
  /** The address of an upload whose bytes are all in, waiting for the endpoint to check them. */
  private sent?: string;
  /** Getting ready to send (tus-js-client, the fingerprint, a record to resume from): no upload to start or stop yet. */
  private preparing = false;
  /** What finds this file's resume record again (see upload-fingerprint.ts). */
  private fingerprint?: string;
  private started = 0;
  private startedAt = 0;

  constructor(
    readonly file: File,
    readonly kind: FileKind,
    private readonly endpoint: URL,
    /** The report or submission the file belongs to: sent with the file's own metadata. */
    private readonly belongsTo: UploadBelongsTo,
    private readonly onChange: () => void,
    /** Where its resume record is kept: sessionStorage, or memory only (see upload-records.ts). */
    private readonly records: UrlStorage,
  ) {}

  get total(): number {
    return this.file.size;
  }

  /** Cancelled by the person (read through a getter: an await may have changed it since TypeScript last looked). */
  private get cancelled(): boolean {
    return this.state === 'cancelled';
  }

  /** Paused by the person (a getter, as {@link cancelled} is). */
  private get paused(): boolean {
    return this.state === 'paused';
  }

  async start(): Promise<void> {
    this.hashing ??= hashFile(this.file, undefined, this.stopHashing.signal);
    // Heard by check(); until then a failure to read the file must not go unhandled.
    this.hashing.catch(() => undefined);
    try {
      await this.send();
    } catch {
      this.fail();
    }
  }

  pause(): void {
    if (this.state !== 'uploading') return;
    this.state = 'paused';
    void this.upload?.abort();
    this.onChange();
  }

  resume(): void {
    if (this.state !== 'paused' && this.state !== 'failed') return;
    if (this.sent) {
      void this.check(this.sent);
      return;
    }
    // Paused while it got ready to send: it carries on getting ready, then starts.
    if (this.preparing) {
      this.state = 'uploading';
      this.onChange();
      return;
    }
    if (!this.upload) {
      void this.start();
      return;
    }
    this.state = 'uploading';
    this.rateFrom(this.done);
    this.upload.start();
    this.onChange();
  }

  /** Stops for good and asks the endpoint to delete what it holds (tus termination). */
  async cancel(): Promise<void> {
    this.state = 'cancelled';
    this.stopHashing.abort();
    this.onChange();
    await this.upload?.abort(true).catch(() => undefined);
  }

  private async send(): Promise<void> {
    // Sending from the moment the file is chosen (or Retry pressed), while tus-js-client and the fingerprint get ready:
    // Pause and Cancel work from then on, and are heard once they are ready.
    this.state = 'uploading';
    this.done = 0;
    this.rateFrom(0);
    this.onChange();
    this.preparing = true;
    let upload: Upload;
    try {
      const uploads = new URL('uploads', this.endpoint).href;
      const [tus, fingerprint] = await Promise.all([import('tus-js-client'), uploadFingerprint(uploads, this.file)]);
      // Cancelled while it got ready: nothing is sent.
      if (this.cancelled) return;
      this.fingerprint = fingerprint;
      upload = new tus.Upload(this.file, {
        endpoint: uploads,
        metadata: {
          filename: this.file.name,
          filetype: this.kind.mediaType,
          ...this.belongsTo,
        } satisfies UploadMetadata,
        // Requests of at most 64 MB: gateways in front of an endpoint often cap a request's body near 100 MB.
        chunkSize: 64 * 1024 * 1024,
        retryDelays: RETRY_DELAYS,
        // Our records and fingerprint, never tus-js-client's own: those keep the file's name in localStorage.
        urlStorage: this.records,
        fingerprint: () => Promise.resolve(fingerprint),
        storeFingerprintForResuming: true,
        // Kept until the endpoint has checked the file: reopened then, the page finds every byte already sent.
        removeFingerprintOnSuccess: false,
        onProgress: (sent) => this.progress(sent),
        onSuccess: () => void this.check(upload.url!),
        onError: () => this.fail(),
      });
      const previous = await upload.findPreviousUploads();
      if (this.cancelled) return;
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      this.upload = upload;
    } finally {
      this.preparing = false;
    }
    // Paused while it got ready: Resume starts it.
    if (this.paused) return;
    this.onChange();
    upload.start();
  }

  private progress(done: number): void {
    this.done = done;
    const seconds = (performance.now() - this.startedAt) / 1000;
    const rate = (done - this.started) / seconds;
    this.secondsLeft = seconds > 1 && rate > 0 ? Math.ceil((this.total - done) / rate) : undefined;
    this.onChange();
  }

  private rateFrom(done: number): void {
    this.started = done;
    this.startedAt = performance.now();
    this.secondsLeft = undefined;
  }

  /**
   * Tells the endpoint the file's SHA-256 once every byte is in, and waits for it to say the bytes match. Told again
   * after a dropped connection (the same answer twice is harmless); a file whose bytes differ is sent afresh on Retry.
   */
  private async check(url: string): Promise<void> {
    // The address the endpoint gave (tus `Location`) goes into the report, where the back office links it.
    if (!webAddress(url, '<soh-media-upload> upload address (Location) from the endpoint')) return this.fail();
    this.sent = url;
    this.state = 'checking';
    this.done = this.total;
    this.secondsLeft = undefined;
    this.onChange();
    let sha256: string;
    try {
      sha256 = await (this.hashing ??= hashFile(this.file, undefined, this.stopHashing.signal));
    } catch {
      // The file could not be read again (moved, or access withdrawn): Retry reads it afresh.
      this.hashing = undefined;
      return this.fail();
    }
    for (const delay of RETRY_DELAYS) {
      if (this.state !== 'checking') return;
      await new Promise((resolve) => setTimeout(resolve, delay));
      const answer = await endpointFetch(`${url}/${SHA256_CONFIRMATION}`, {
        method: 'POST',
        headers: {'Content-Type': 'text/plain'},
        body: sha256,
      }).catch(() => undefined);
      // Cancelled meanwhile: whatever the endpoint says, the person no longer wants this file sent.
      if (this.state !== 'checking') return;
      if (answer?.status === 204) return this.succeed(url, sha256);
      if (answer && DOES_NOT_HOLD_IT.includes(answer.status)) {
        // The endpoint found the bytes differ (and removed them), no longer holds them, or holds another file there
        // (a resume record that matched the wrong file): Retry sends the file again from the start.
        await this.forgetRecord();
        this.sent = undefined;
        this.upload = undefined;
        this.done = 0;
        return this.fail();
      }
      // Anything else but a dropped connection, a limit or the endpoint failing will not change by asking again.
      if (answer && answer.status !== 429 && answer.status < 500) break;
    }
    this.fail();
  }

  /** Removes the record that would resume this file: it is checked, or gone from the endpoint. */
  private async forgetRecord(): Promise<void> {
    if (!this.fingerprint) return;
    for (const record of await this.records.findUploadsByFingerprint(this.fingerprint))
      await this.records.removeUpload(record.urlStorageKey);
  }

  private async succeed(url: string, sha256: string): Promise<void> {
    await this.forgetRecord();
    const taken = await captureTime(this.file);
    if (this.state !== 'checking') return;
    this.attachment = {
      fileName: this.file.name,
      mediaType: this.kind.mediaType,
      size: this.file.size,
      sha256,
      url,
      captureTime: taken,
      caption: this.caption || undefined,
    };
    this.sent = undefined;
    this.state = 'done';
    this.onChange();
  }

  private fail(): void {
    if (this.state === 'cancelled' || this.state === 'paused') return;
    this.state = 'failed';
    this.onChange();
  }
}

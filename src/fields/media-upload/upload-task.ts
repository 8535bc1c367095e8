import type {Upload, UrlStorage} from 'tus-js-client';
import {webAddress} from '../../core/safe-url.js';
import type {Attachment, UploadBelongsTo, UploadMetadata} from '../../contract/uploads.js';
import type {FileKind} from './file-kinds.js';
import {captureTime} from './capture-time.js';
import {hashFile} from './hash-file.js';
import {uploadFingerprint} from './upload-fingerprint.js';

export type UploadState = 'hashing' | 'uploading' | 'paused' | 'failed' | 'done' | 'cancelled';

/** Waits before each retry after a dropped connection: tus-js-client resumes from the stored offset. */
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000];

/**
 * One file on its way: its SHA-256 worked out in a worker, then sent with
 * tus (tus-js-client, loaded with the first file), resumable after a dropped
 * connection or (where a record may be kept) a reload. `onChange` hears
 * every change of state or progress.
 */
export class UploadTask {
  state: UploadState = 'hashing';
  /** Bytes hashed, then bytes the endpoint has accepted. */
  done = 0;
  /** Seconds left at the current rate, once there is a rate to go by. */
  secondsLeft?: number;
  caption = '';
  attachment?: Attachment;

  private upload?: Upload;
  private sha256?: string;
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

  async start(): Promise<void> {
    try {
      this.sha256 ??= await hashFile(this.file, (hashed) => this.progress(hashed));
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
    if (!this.sha256) {
      this.state = 'hashing';
      void this.start();
      return;
    }
    this.state = 'uploading';
    this.rateFrom(this.done);
    this.upload?.start();
    this.onChange();
  }

  /** Stops for good and asks the endpoint to delete what it holds (tus termination). */
  async cancel(): Promise<void> {
    this.state = 'cancelled';
    this.onChange();
    await this.upload?.abort(true).catch(() => undefined);
  }

  private async send(): Promise<void> {
    const uploads = new URL('uploads', this.endpoint).href;
    const [tus, fingerprint] = await Promise.all([
      import('tus-js-client'),
      uploadFingerprint(uploads, this.file.size, this.sha256!),
    ]);
    this.state = 'uploading';
    this.done = 0;
    this.rateFrom(0);
    const upload = new tus.Upload(this.file, {
      endpoint: uploads,
      metadata: {
        filename: this.file.name,
        filetype: this.kind.mediaType,
        sha256: this.sha256!,
        ...this.belongsTo,
      } satisfies UploadMetadata,
      // Requests of at most 64 MB: gateways in front of an endpoint often cap a request's body near 100 MB.
      chunkSize: 64 * 1024 * 1024,
      retryDelays: RETRY_DELAYS,
      // Our records and fingerprint, never tus-js-client's own: those keep the file's name in localStorage.
      urlStorage: this.records,
      fingerprint: () => Promise.resolve(fingerprint),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent) => this.progress(sent),
      onSuccess: () => void this.succeed(upload.url!),
      onError: () => this.fail(),
    });
    this.upload = upload;
    const previous = await upload.findPreviousUploads();
    if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
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

  private async succeed(url: string): Promise<void> {
    // The address the endpoint gave (tus `Location`) goes into the report, where the back office links it.
    if (!webAddress(url, '<soh-media-upload> upload address (Location) from the endpoint')) return this.fail();
    this.attachment = {
      fileName: this.file.name,
      mediaType: this.kind.mediaType,
      size: this.file.size,
      sha256: this.sha256!,
      url,
      captureTime: await captureTime(this.file),
      caption: this.caption || undefined,
    };
    this.state = 'done';
    this.done = this.total;
    this.onChange();
  }

  private fail(): void {
    if (this.state === 'cancelled' || this.state === 'paused') return;
    this.state = 'failed';
    this.onChange();
  }
}

import {str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {ConfigSetting} from '../../core/config/resolve-config.js';
import {baseStyles} from '../../core/soh-element.js';
import {SohField} from '../field-element.js';
import {fieldStyles} from '../field-styles.js';
import type {Validator} from '../validation.js';
import {formatFileSize} from '../file-input/file-size.js';
import type {Attachment} from '../../contract/uploads.js';
import {kindsNamed} from './file-kinds.js';
import {SohUploadCompleteEvent} from './upload-complete-event.js';
import {uploadStyles} from './upload-styles.js';
import {mayHaveInterruptedUploads} from './may-have-interrupted-uploads.js';
import type {UploadQueue} from './upload-queue.js';
import type {UploadTask} from './upload-task.js';
import {renderErrorMessage} from '../../core/views/notices.js';

type Runtime = typeof import('./upload-runtime.js');

/** Whether an upload element on this page has loaded its runtime (and so may hold records in memory). */
let runtimeLoaded = false;

// Sizes as people read them on their phones: 2 GB is 2,000,000,000 bytes.
const GB = 1000 ** 3;

/**
 * Evidence upload: photos and video sent to the force's endpoint with tus,
 * resumable, each file's SHA-256 worked out on the device and checked by the
 * endpoint. Standalone (against a report's `reference`), or as a form's
 * question: its value is the files uploaded and checked, as attachments.
 *
 * Files are chosen with the file picker (or a phone's camera), dropped, or
 * pasted. What a file is comes from its first bytes, not its name. Each file
 * shows a thumbnail (photos), a progress bar with bytes and time left,
 * Pause, Resume, Cancel and Retry, and a caption.
 *
 * @summary Resumable, hashed evidence upload: photos and video, with progress, pause and retry.
 * @tag soh-media-upload
 *
 * @event soh-upload-complete - A file is stored and its SHA-256 checked; `detail` is its attachment (name, type, size, sha256, url, capture time, caption).
 *
 * @csspart label - The question (the page's heading when `heading-level` is set).
 * @csspart drop-zone - Where files are dropped, around the file picker.
 * @csspart input - The native file picker.
 * @csspart error-message - What was refused, and why; in a form, what to do before continuing.
 * @csspart file-list - The files chosen.
 * @csspart progress - Each file's progress bar.
 * @csspart config-problem - The message shown instead when the configuration cannot work.
 *
 * @cssprop --soh-color-brand - The progress bars.
 * @cssprop --soh-color-border-control - The drop zone's border.
 * @cssprop --soh-color-error - Refusals.
 *
 * @cssstate dragging - Files are being dragged over the drop zone.
 * @cssstate user-invalid - In a form, Continue found no file, or a file still on its way; the error shows.
 */
export class SohMediaUpload extends SohField<ReadonlyArray<Attachment>> {
  protected static override configNeeds: ReadonlyArray<ConfigSetting> = ['endpoint'];

  static override styles = [baseStyles, fieldStyles, uploadStyles];

  /** The reference of the report the evidence belongs to, when it is sent on its own. */
  @property() reference = '';

  /** Inside a report form: the id of the submission the files will go with (set by the form). */
  @property({attribute: 'submission-id'}) submissionId = '';

  /** The largest file taken, in bytes (2 GB by default). */
  @property({attribute: 'max-size', type: Number}) maxSize = 2 * GB;

  /** The most all files together may add up to, in bytes (10 GB by default). */
  @property({attribute: 'max-total-size', type: Number}) maxTotalSize = 10 * GB;

  /** The most files taken (10 by default). */
  @property({attribute: 'max-files', type: Number}) maxFiles = 10;

  /** The kinds of file taken, by name: `jpg png heic mp4 mov` (all, the default) or fewer, e.g. `jpg png heic` for photos. */
  @property() kinds = '';

  /** On phones, open the camera straight away: `environment` (the back camera) or `user`. Unset: the person chooses. */
  @property() capture?: 'user' | 'environment';

  /**
   * Keep nothing on the device, not even what lets an upload carry on after a reload: for pages where the person
   * may be watched. Set by itself in a form with an exit control (domestic abuse) and in `<soh-report-status>`.
   */
  @property({type: Boolean}) sensitive = false;

  @state() private announcement = '';

  /** Files uploaded on an earlier visit to the page (a form handing its answer back): kept, and listed. */
  @state() private uploaded: Attachment[] = [];
  /** The per-file upload, its view and its words, loaded with the first file. */
  private runtime?: Runtime;
  /** The files on their way, with the runtime: until then there are none. */
  private queue?: UploadQueue;
  /** The last quarter announced for each file, so a screen reader hears 25, 50, 75 and 100 per cent only. */
  private readonly announcedQuarter = new Map<UploadTask, number>();

  constructor() {
    super();
    this.addEventListener('paste', (event) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      void this.add(files);
    });
  }

  /** The files stored and checked so far, as SDM attachments. */
  get attachments(): Attachment[] {
    return [...this.uploaded, ...(this.queue?.attachments ?? [])];
  }

  /** In a form, the answer: the files uploaded and checked. */
  get value(): ReadonlyArray<Attachment> {
    return this.attachments;
  }

  /** Files already uploaded (a form handing back its answer): they are listed as done. */
  set value(attachments: ReadonlyArray<Attachment>) {
    const urls = (list: ReadonlyArray<Attachment>) => list.map((attachment) => attachment.url).join(' ');
    if (urls(attachments ?? []) === urls(this.attachments)) return;
    this.uploaded = [...(attachments ?? [])];
    this.requestUpdate('value');
    if (this.uploaded.length) void this.loadRuntime();
  }

  /** Loads what listing files needs (the queue, its view and styles), once. */
  private async loadRuntime(): Promise<UploadQueue> {
    if (!this.runtime) {
      this.runtime = await import('./upload-runtime.js');
      runtimeLoaded = true;
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.runtime.uploadListStyles.styleSheet!];
      this.requestUpdate();
    }
    // One queue, however many calls were waiting for the runtime.
    return (this.queue ??= new this.runtime.UploadQueue(this, (task) => this.changed(task)));
  }

  protected formValue(): string | null {
    return this.attachments.length ? JSON.stringify(this.attachments) : null;
  }

  protected controlElement(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('#picker') ?? null;
  }

  protected emptyValue(): ReadonlyArray<Attachment> {
    return [];
  }

  /** Empty only with nothing uploaded and nothing on its way. */
  protected override isEmpty(attachments: ReadonlyArray<Attachment>): boolean {
    return attachments.length === 0 && !this.queue?.tasks.length;
  }

  /** Continue waits for every file: one still sending, paused or failed is not an answer yet. */
  protected override validators(): ReadonlyArray<Validator<ReadonlyArray<Attachment>>> {
    return [
      (_value, msg) =>
        this.queue?.tasks.some((task) => task.state !== 'done')
          ? {
              flag: 'customError',
              message: msg('Wait until every file has been uploaded, or cancel the ones you do not want to send', {
                id: 'upload.still-sending',
              }),
            }
          : undefined,
    ];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.lookForInterruptedUploads();
  }

  protected renderContent(): TemplateResult {
    const {msg} = this.i18n;
    const queue = this.queue;
    const kinds = this.kindsText();
    const limit = formatFileSize(this.maxSize, this.i18n.locale);
    return html`<div
        class="drop-zone"
        part="drop-zone"
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        ${this.renderQuestion()}
        <p class="hint" id="hint">
          ${this.hint ? html`${this.hint}<br />` : nothing}
          ${msg(
            str`Files must be a ${kinds}, each smaller than ${limit}. You can also drag files here, or paste them.`,
            {
              id: 'upload.hint',
            },
          )}
        </p>
        ${this.renderError()}
        ${queue?.interrupted.length ? this.runtime!.renderInterrupted(queue.interrupted, this.i18n) : nothing}
        ${this.renderRefusals()}
        <input
          id="picker"
          class="picker"
          part="input"
          type="file"
          multiple
          accept=${kindsNamed(this.kinds)
            .map((kind) => kind.mediaType)
            .join(',')}
          capture=${ifDefined(this.capture)}
          aria-describedby=${['hint', this.shownError ? 'error' : '', queue?.refusals.length ? 'refusals' : ''].filter(Boolean).join(' ')}
          aria-invalid=${this.shownError ? 'true' : 'false'}
          @change=${this.onPick}
        />
      </div>
      ${
        queue && (queue.tasks.length || this.uploaded.length)
          ? html`<ul class="files" part="file-list">
              ${this.uploaded.map((attachment) =>
                this.runtime!.renderUploaded(attachment, this.i18n, () => this.removeUploaded(attachment)),
              )}
              ${queue.tasks.map((task) => this.runtime!.renderUploadItem(task, queue.thumbnails.get(task), this.i18n))}
            </ul>`
          : nothing
      }
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>`;
  }

  /** The question: the page's heading where the form asks it on its own. */
  private renderQuestion(): TemplateResult {
    const text = this.label || this.i18n.msg('Upload photos or videos', {id: 'upload.label'});
    const label = html`<label class="label" part="label" for="picker">${text}</label>`;
    if (this.headingLevel < 1) return label;
    return html`<div class="heading" role="heading" aria-level=${Math.min(6, this.headingLevel)} tabindex="-1">
      ${label}
    </div>`;
  }

  private removeUploaded(attachment: Attachment): void {
    this.uploaded = this.uploaded.filter((one) => one !== attachment);
    const name = attachment.fileName;
    this.announcement = this.i18n.msg(str`${name} removed`, {id: 'file.removed'});
    this.answerChanged();
    this.renderRoot.querySelector<HTMLElement>('#picker')?.focus();
  }

  /** The answer changed: the form's value now, and an `input` event for a form that listens. */
  private answerChanged(): void {
    this.syncFormState();
    this.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  }

  private async lookForInterruptedUploads(): Promise<void> {
    // Records in memory exist only once an upload element on the page has loaded its runtime.
    if (!runtimeLoaded && !mayHaveInterruptedUploads()) return;
    await this.updateComplete;
    const endpoint = this.config.endpoint;
    if (!endpoint) return;
    await (await this.loadRuntime()).findInterrupted(endpoint);
  }

  private renderRefusals(): TemplateResult | typeof nothing {
    const refusals = this.queue?.refusals ?? [];
    if (refusals.length === 0) return nothing;
    return html`<div class="refusals" id="refusals" part="error-message" role="alert">
      ${refusals.map((refusal) => html`<p>${renderErrorMessage(refusal, this.i18n.msg)}</p>`)}
    </div>`;
  }

  /** "JPG, PNG, HEIC, MP4 or MOV", in the language's own way of listing. */
  private kindsText(): string {
    const labels = kindsNamed(this.kinds).map((kind) => kind.label);
    if (labels.length === 1) return labels[0];
    const or = this.i18n.msg('or', {id: 'upload.or'});
    return `${labels.slice(0, -1).join(', ')} ${or} ${labels.at(-1)}`;
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that the same file chosen again after a refusal fires `change` again.
    input.value = '';
    void this.add(files);
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.internals.states.add('dragging');
  }

  private onDragLeave(): void {
    this.internals.states.delete('dragging');
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.internals.states.delete('dragging');
    void this.add([...(event.dataTransfer?.files ?? [])]);
  }

  /** Hands the files to the queue, which checks them and starts those it takes. */
  private async add(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const queue = await this.loadRuntime();
    await queue.add(
      files,
      {
        maxFiles: this.maxFiles,
        maxSize: this.maxSize,
        maxTotalSize: this.maxTotalSize,
        allowed: kindsNamed(this.kinds),
        kinds: this.kindsText(),
        i18n: this.i18n,
      },
      () => this.config.endpoint!,
    );
  }

  /** Every change of a file's state or progress: the form's value, what a screen reader hears, and focus. */
  private changed(task: UploadTask): void {
    this.requestUpdate();
    this.syncFormState();
    const {msg} = this.i18n;
    const name = task.file.name;
    if (task.state === 'cancelled') {
      // The queue has taken it off the list (the endpoint deletes what it held); its Cancel button went with it.
      this.announcement = msg(str`${name} removed`, {id: 'file.removed'});
      this.answerChanged();
      this.renderRoot.querySelector<HTMLElement>('#picker')?.focus();
      return;
    }
    if (task.state === 'done') {
      this.announcement = msg(str`${name} uploaded and checked`, {id: 'upload.announce.done'});
      this.emit(new SohUploadCompleteEvent({...task.attachment!, caption: task.caption || undefined}));
      this.answerChanged();
      return;
    }
    if (task.state === 'failed') {
      this.announcement = msg(str`${name} has not been sent yet. Press Retry to carry on.`, {
        id: 'upload.announce.failed',
      });
      return;
    }
    if (task.state !== 'uploading' || task.total === 0) return;
    const quarter = Math.floor((task.done / task.total) * 4);
    if (quarter > 0 && quarter < 4 && quarter !== this.announcedQuarter.get(task)) {
      this.announcedQuarter.set(task, quarter);
      const percent = quarter * 25;
      this.announcement = msg(str`${name}: ${percent}% sent`, {id: 'upload.announce.progress'});
    }
  }
}

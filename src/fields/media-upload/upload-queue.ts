import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Attachment, UploadBelongsTo} from '../../contract/uploads.js';
import {checkFiles, type FileLimits} from './file-checks.js';
import type {FileKind} from './file-kinds.js';
import {findInterruptedUploads, type InterruptedUpload} from './interrupted-uploads.js';
import {recordsFor} from './upload-records.js';
import {UploadTask} from './upload-task.js';

/**
 * Images up to this size get a thumbnail. A phone's photo is a few MB;
 * decoding a far larger image only to show it small would hold up the page.
 */
const THUMBNAIL_MAX_SIZE = 40 * 1024 * 1024;

/** What the queue reads of its element: what the files belong to, and whether it may keep records on the device. */
export interface UploadQueueHost extends ReactiveControllerHost, HTMLElement, Required<UploadBelongsTo> {
  sensitive: boolean;
}

/**
 * The upload element's files on their way: checking what is chosen, starting
 * each file's upload (pausing, resuming and retrying are each file's own, see
 * {@link UploadTask}), the uploads a closed or reloaded page left unfinished,
 * and the thumbnails shown meanwhile. Loaded with the first file, like the
 * rest of the runtime, so that the empty element stays small; the element
 * keeps what is shown, the form's value and focus, and hears every change
 * through `changed`.
 */
export class UploadQueue implements ReactiveController {
  /** The files chosen and not cancelled, in the order chosen. */
  tasks: UploadTask[] = [];
  /** Why files of the last choice were refused, one sentence each. */
  refusals: string[] = [];
  /** Uploads a closed or reloaded page left unfinished: the person must choose those files again. */
  interrupted: InterruptedUpload[] = [];
  /** Each image's thumbnail, an object URL revoked when its file goes or the element is removed. */
  readonly thumbnails = new Map<UploadTask, string>();

  constructor(
    private readonly host: UploadQueueHost,
    /** Hears every change of a file's state or progress, once the queue has done its part. */
    private readonly changed: (task: UploadTask) => void,
  ) {
    host.addController(this);
  }

  /** The files stored and checked so far, with their captions, as SDM attachments. */
  get attachments(): Attachment[] {
    return this.tasks.flatMap((task) =>
      task.attachment ? [{...task.attachment, caption: task.caption || undefined}] : [],
    );
  }

  /** The element was removed: every file pauses, and the thumbnails are let go. */
  hostDisconnected(): void {
    // What the endpoint holds is kept, to carry on from when the element is added again or the file chosen again.
    for (const task of this.tasks) task.pause();
    for (const url of this.thumbnails.values()) URL.revokeObjectURL(url);
    this.thumbnails.clear();
  }

  /** Asks the endpoint which uploads this page's records say were left unfinished, and how far each got. */
  async findInterrupted(endpoint: URL): Promise<void> {
    this.interrupted = await findInterruptedUploads(new URL(endpoint), recordsFor(this.host));
    this.host.requestUpdate();
  }

  /**
   * Checks each file, then starts those it takes; what it refuses is said, with what to do. `endpoint` is asked as
   * each file starts, once the checks (which read the files) are done: the element's settings may change meanwhile.
   */
  async add(files: File[], limits: Omit<FileLimits, 'already'>, endpoint: () => URL): Promise<void> {
    const {refusals, taken} = await checkFiles(files, {...limits, already: this.tasks.map((task) => task.file)});
    this.refusals = refusals;
    // A file chosen again after a reload carries on (its record is found): no longer waiting.
    this.interrupted = this.interrupted.filter((waiting) => !taken.some(({file}) => file.size === waiting.size));
    // Asked before any file starts: what was refused shows even if starting one throws (no endpoint).
    this.host.requestUpdate();
    for (const {file, kind} of taken) this.start(file, kind, new URL(endpoint()));
  }

  private start(file: File, kind: FileKind, endpoint: URL): void {
    const {reference, submissionId} = this.host;
    // Only what is set: the endpoint checks a `submissionId` it is sent, and an empty one is no id.
    const belongsTo: UploadBelongsTo = {
      ...(reference ? {reference} : {}),
      ...(submissionId ? {submissionId} : {}),
    };
    const task: UploadTask = new UploadTask(
      file,
      kind,
      endpoint,
      belongsTo,
      () => this.taskChanged(task),
      recordsFor(this.host),
    );
    if (kind.mediaType.startsWith('image/') && kind.mediaType !== 'image/heic' && file.size <= THUMBNAIL_MAX_SIZE)
      this.thumbnails.set(task, URL.createObjectURL(file));
    this.tasks = [...this.tasks, task];
    void task.start();
  }

  private taskChanged(task: UploadTask): void {
    if (task.state === 'cancelled') {
      // Gone from the list (the endpoint deletes what it held); its Cancel button went with it.
      this.tasks = this.tasks.filter((one) => one !== task);
      const thumbnail = this.thumbnails.get(task);
      if (thumbnail) URL.revokeObjectURL(thumbnail);
      this.thumbnails.delete(task);
    }
    this.changed(task);
  }
}

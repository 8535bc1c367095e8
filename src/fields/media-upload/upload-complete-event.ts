import {SohEvent} from '../../core/events.js';
import type {Attachment} from '../../contract/uploads.js';

/** Fired by `<soh-media-upload>` when the endpoint holds a whole file whose SHA-256 it has checked. */
export class SohUploadCompleteEvent extends SohEvent<Attachment> {
  constructor(detail: Attachment) {
    super('soh-upload-complete', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'soh-upload-complete': SohUploadCompleteEvent;
  }
}

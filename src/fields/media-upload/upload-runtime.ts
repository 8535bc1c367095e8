/**
 * What the upload element needs once files are chosen, and not before: the
 * queue (its checks, the per-file upload, which loads tus-js-client and the
 * hashing worker in turn, and where it keeps its resume records), the view
 * and its words. Loaded with the first file, to keep the empty element small.
 */
export {renderInterrupted, renderUploaded, renderUploadItem} from './upload-item-view.js';
export {uploadListStyles} from './upload-list-styles.js';
export {UploadQueue} from './upload-queue.js';

/**
 * What the upload element needs once files are chosen, and not before: the
 * checks, the per-file upload (which loads tus-js-client and the hashing
 * worker in turn), where it keeps its resume records, its view and its words. Loaded with the first file, to
 * keep the empty element small.
 */
export {checkFiles} from './file-checks.js';
export {findInterruptedUploads, type InterruptedUpload} from './interrupted-uploads.js';
export {renderInterrupted, renderUploaded, renderUploadItem} from './upload-item-view.js';
export {uploadListStyles} from './upload-list-styles.js';
export {UploadTask} from './upload-task.js';
export {recordsFor} from './upload-records.js';

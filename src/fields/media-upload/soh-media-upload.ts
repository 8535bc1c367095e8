import {defineElement} from '../../core/define.js';
import {SohMediaUpload} from './media-upload.js';

defineElement('soh-media-upload', SohMediaUpload);

export {SohMediaUpload};

declare global {
  interface HTMLElementTagNameMap {
    'soh-media-upload': SohMediaUpload;
  }
}

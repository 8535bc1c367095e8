import {defineElement} from '../../core/define.js';
import {SohFileInput} from './file-input.js';

defineElement('soh-file-input', SohFileInput);

export {SohFileInput};

declare global {
  interface HTMLElementTagNameMap {
    'soh-file-input': SohFileInput;
  }
}

import {defineElement} from '../../core/define.js';
import {SohSelect} from './select.js';

defineElement('soh-select', SohSelect);

export {SohSelect};

declare global {
  interface HTMLElementTagNameMap {
    'soh-select': SohSelect;
  }
}

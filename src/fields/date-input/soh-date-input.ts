import {defineElement} from '../../core/define.js';
import {SohDateInput} from './date-input.js';

defineElement('soh-date-input', SohDateInput);

export {SohDateInput};

declare global {
  interface HTMLElementTagNameMap {
    'soh-date-input': SohDateInput;
  }
}

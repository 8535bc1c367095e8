import {defineElement} from '../../core/define.js';
import {SohTimeInput} from './time-input.js';

defineElement('soh-time-input', SohTimeInput);

export {SohTimeInput};

declare global {
  interface HTMLElementTagNameMap {
    'soh-time-input': SohTimeInput;
  }
}

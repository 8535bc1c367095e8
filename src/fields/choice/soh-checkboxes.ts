import {defineElement} from '../../core/define.js';
import {SohCheckboxes} from './checkboxes.js';

defineElement('soh-checkboxes', SohCheckboxes);

export {SohCheckboxes};

declare global {
  interface HTMLElementTagNameMap {
    'soh-checkboxes': SohCheckboxes;
  }
}

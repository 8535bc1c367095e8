import {defineElement} from '../../core/define.js';
import {SohForcePicker} from './force-picker.js';

defineElement('soh-force-picker', SohForcePicker);

export {SohForcePicker};
export {SohForceChosenEvent} from './force-picker.js';

declare global {
  interface HTMLElementTagNameMap {
    'soh-force-picker': SohForcePicker;
  }
}

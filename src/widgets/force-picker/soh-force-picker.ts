import {defineElement} from '../../core/define.js';
import {SohForcePicker} from './force-picker.js';

defineElement('soh-force-picker', SohForcePicker);

export {SohForcePicker};
export {SohForceChosenEvent} from '../../core/force-chosen-event.js';

declare global {
  interface HTMLElementTagNameMap {
    'soh-force-picker': SohForcePicker;
  }
}

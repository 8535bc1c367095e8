import {defineElement} from '../../core/define.js';
import {SohYesNo} from './yes-no.js';

defineElement('soh-yes-no', SohYesNo);

export {SohYesNo};

declare global {
  interface HTMLElementTagNameMap {
    'soh-yes-no': SohYesNo;
  }
}

import {defineElement} from '../../core/define.js';
import {SohAddress} from './address-field.js';

defineElement('soh-address', SohAddress);

export {SohAddress};

declare global {
  interface HTMLElementTagNameMap {
    'soh-address': SohAddress;
  }
}

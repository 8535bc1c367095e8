import {defineElement} from '../../core/define.js';
import {SohPayment} from './payment.js';

defineElement('soh-payment', SohPayment);

export {SohPayment};

declare global {
  interface HTMLElementTagNameMap {
    'soh-payment': SohPayment;
  }
}

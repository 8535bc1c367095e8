import {defineElement} from '../../core/define.js';
import {SohRadios} from './radios.js';

defineElement('soh-radios', SohRadios);

export {SohRadios};

declare global {
  interface HTMLElementTagNameMap {
    'soh-radios': SohRadios;
  }
}

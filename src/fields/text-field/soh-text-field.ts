import {defineElement} from '../../core/define.js';
import {SohTextField} from './text-field.js';

defineElement('soh-text-field', SohTextField);

export {SohTextField};

declare global {
  interface HTMLElementTagNameMap {
    'soh-text-field': SohTextField;
  }
}

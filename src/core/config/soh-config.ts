import {defineElement} from '../define.js';
import {SohConfig} from './config-element.js';

defineElement('soh-config', SohConfig);

export {SohConfig};
export {SohLanguageChangeEvent} from './config-element.js';

declare global {
  interface HTMLElementTagNameMap {
    'soh-config': SohConfig;
  }
}

import {defineElement} from '../define.js';
import {SohConfig} from './config-element.js';

defineElement('soh-config', SohConfig);

export {SohConfig};
export {SohLanguageChangeEvent} from './config-element.js';
// The forces a config may name (its `force`), for a page's own force switch; the config holds this list anyway.
export {forces, findForce, type Force} from '../../forces/forces.js';

declare global {
  interface HTMLElementTagNameMap {
    'soh-config': SohConfig;
  }
}

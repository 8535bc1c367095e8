import {defineElement} from '../../core/define.js';
import {SohServiceList} from './service-list.js';

defineElement('soh-service-list', SohServiceList);

export {SohServiceList};

declare global {
  interface HTMLElementTagNameMap {
    'soh-service-list': SohServiceList;
  }
}

import {defineElement} from '../../core/define.js';
import {SohExitPage} from './exit-page.js';

defineElement('soh-exit-page', SohExitPage);

export {SohExitPage};
export {SohExitEvent} from './exit-event.js';

declare global {
  interface HTMLElementTagNameMap {
    'soh-exit-page': SohExitPage;
  }
}

import {defineElement} from '../../core/define.js';
import {SohTextarea} from './textarea.js';

defineElement('soh-textarea', SohTextarea);

export {SohTextarea};

declare global {
  interface HTMLElementTagNameMap {
    'soh-textarea': SohTextarea;
  }
}

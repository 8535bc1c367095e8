import {defineElement} from '../../core/define.js';
import {SohChatPanel} from './chat-panel.js';

defineElement('soh-chat-panel', SohChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'soh-chat-panel': SohChatPanel;
  }
}

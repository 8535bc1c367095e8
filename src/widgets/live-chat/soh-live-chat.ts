import {defineElement} from '../../core/define.js';
import {SohLiveChat} from './live-chat.js';

defineElement('soh-live-chat', SohLiveChat);

export {SohLiveChat};

declare global {
  interface HTMLElementTagNameMap {
    'soh-live-chat': SohLiveChat;
  }
}

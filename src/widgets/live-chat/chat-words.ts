import {str} from '@lit/localize';
import type {LocaleController} from '../../core/localize/locale-controller.js';
import type {ChatLog} from './chat-log.js';

/** A place in the queue (from 1) and its wait, from the endpoint's `welcome` and `queue` frames. */
export interface QueuePlace {
  position: number;
  estimatedWaitSeconds: number;
}

/**
 * The line above the messages: reconnecting or offline (`away`), who the person is chatting with, or their place
 * in the queue and the wait.
 */
export function chatStatusText(i18n: LocaleController, log: ChatLog, away: boolean, queue?: QueuePlace): string {
  const {msg} = i18n;
  if (away)
    return navigator.onLine
      ? msg('Reconnecting… Your messages will be sent when the chat is back.', {id: 'chat.reconnecting'})
      : msg('You are offline. Your messages will be sent when you are back online.', {id: 'chat.offline'});
  if (log.state === 'active') return msg(str`You are chatting with ${log.agentName}.`, {id: 'chat.with'});
  if (log.state === 'waiting' && queue) {
    const minutes = Math.max(1, Math.round(queue.estimatedWaitSeconds / 60));
    const place = msg(str`You are number ${queue.position} in the queue.`, {id: 'chat.queue'});
    const wait = i18n.plural(minutes, {
      zero: () => msg(str`The wait is about ${minutes} minutes.`, {id: 'chat.wait.zero'}),
      one: () => msg('The wait is about 1 minute.', {id: 'chat.wait.one'}),
      two: () => msg(str`The wait is about ${minutes} minutes.`, {id: 'chat.wait.two'}),
      few: () => msg(str`The wait is about ${minutes} minutes.`, {id: 'chat.wait.few'}),
      many: () => msg(str`The wait is about ${minutes} minutes.`, {id: 'chat.wait.many'}),
      other: () => msg(str`The wait is about ${minutes} minutes.`, {id: 'chat.wait.other'}),
    });
    return `${place} ${wait}`;
  }
  return '';
}

/** "2 new messages": what the launcher shows and says while the chat is minimised. */
export function unreadLabel(i18n: LocaleController, count: number): string {
  const {msg} = i18n;
  return i18n.plural(count, {
    zero: () => msg(str`${count} new messages`, {id: 'chat.unread.zero'}),
    one: () => msg('1 new message', {id: 'chat.unread.one'}),
    two: () => msg(str`${count} new messages`, {id: 'chat.unread.two'}),
    few: () => msg(str`${count} new messages`, {id: 'chat.unread.few'}),
    many: () => msg(str`${count} new messages`, {id: 'chat.unread.many'}),
    other: () => msg(str`${count} new messages`, {id: 'chat.unread.other'}),
  });
}

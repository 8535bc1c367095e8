import type {ChatHours} from '../../../src/contract/chat.js';

/** The time in the UK as "HH:MM", whatever the server's own zone. */
function ukTime(now: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
}

/** Whether chats are taken now. No hours: always (the sandbox's default, so the demo works at any time). */
export function isOpen(hours: ChatHours | undefined, now = new Date()): boolean {
  if (!hours) return true;
  const time = ukTime(now);
  return time >= hours.opens && time < hours.closes;
}

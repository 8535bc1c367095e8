import type {ChatMessage} from './chat-log.js';

/**
 * The chat as plain text, for the person to keep: each message with its
 * time and who sent it. Only what was stored by the endpoint (sent).
 */
export function transcriptText(
  title: string,
  messages: ReadonlyArray<ChatMessage>,
  names: {person: string; agent: string},
  locale: string,
): string {
  const time = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London'});
  const lines = messages
    .filter((message) => message.seq !== undefined)
    .map((message) => `${time.format(new Date(message.at!))} ${names[message.from]}: ${message.text}`);
  return `${title}\n\n${lines.join('\n')}\n`;
}

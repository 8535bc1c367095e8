import {html, type TemplateResult} from 'lit';
import {intlLocale} from '../../core/localize/locales.js';
import type {LocaleController} from '../../core/localize/locale-controller.js';
import type {ChatMessage} from './chat-log.js';

/**
 * The chat's messages as list items. Each message's markup is made once for
 * each way it can look (its delivery, the language, the agent's name): a long
 * chat renders again for every message, and most of it has not changed.
 */
export class MessageViews {
  private readonly made = new Map<string, {key: string; result: TemplateResult}>();
  private timeFormat?: {locale: string; format: Intl.DateTimeFormat};

  constructor(private readonly i18n: LocaleController) {}

  render(message: ChatMessage, agentName: string): TemplateResult {
    const key = `${message.seq}|${message.delivery}|${this.i18n.locale}|${agentName}`;
    const made = this.made.get(message.clientId);
    if (made?.key === key) return made.result;
    const result = this.make(message, agentName);
    this.made.set(message.clientId, {key, result});
    return result;
  }

  private make(message: ChatMessage, agentName: string): TemplateResult {
    const {msg} = this.i18n;
    const who = message.from === 'person' ? msg('You', {id: 'chat.you'}) : agentName;
    const time = message.at ? this.formatTime(message.at) : '';
    const delivery =
      message.delivery === 'waiting'
        ? msg('Not sent yet', {id: 'chat.delivery.waiting'})
        : message.delivery === 'read'
          ? msg('Read', {id: 'chat.delivery.read'})
          : message.delivery === 'sent'
            ? msg('Sent', {id: 'chat.delivery.sent'})
            : '';
    // Who and what are read out once, as the message arrives; the time and delivery are seen, not announced.
    return html`<li class="message message--${message.from}">
      <span class="message__who">${who}</span>
      <span class="message__text">${message.text}</span>
      <span class="message__meta" aria-hidden="true">${[time, delivery].filter(Boolean).join(' · ')}</span>
    </li>`;
  }

  private formatTime(at: string): string {
    const locale = intlLocale(this.i18n.locale);
    if (this.timeFormat?.locale !== locale)
      this.timeFormat = {locale, format: new Intl.DateTimeFormat(locale, {timeStyle: 'short'})};
    return this.timeFormat.format.format(new Date(at));
  }
}

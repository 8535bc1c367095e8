import {str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import type {ChatStatus} from '../../contract/chat.js';

/** Nobody can chat now (closed, no one free, or the service cannot be reached): say so, and what to do instead. */
export function renderUnavailable(msg: Msg, status: ChatStatus | undefined, problem: string): TemplateResult {
  const hours = status?.hours;
  return html`<p class="lead">
      ${
        status?.open === false
          ? msg('Our online chat is closed.', {id: 'chat.closed'})
          : msg('No one is free to chat right now.', {id: 'chat.no-one-free'})
      }
    </p>
    ${
      hours
        ? html`<p>${msg(str`We take chats from ${hours.opens} to ${hours.closes}, UK time.`, {id: 'chat.hours'})}</p>`
        : nothing
    }
    ${problem ? html`<p>${problem}</p>` : nothing}
    <h3>${msg('What you can do instead', {id: 'chat.instead'})}</h3>
    <ul>
      <li><strong>${msg('In an emergency, call 999.', {id: 'chat.instead.999'})}</strong></li>
      <li>${msg('For anything else, call 101.', {id: 'chat.instead.101'})}</li>
      <li>${msg('You can report most things online, at any time, on this website.', {id: 'chat.instead.online'})}</li>
    </ul>`;
}

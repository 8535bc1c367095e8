import {html, nothing, type TemplateResult} from 'lit';
import {renderErrorMessage} from '../../core/views/notices.js';
import type {Msg} from '../../core/localize/translator.js';

/**
 * The message box and Send. The box is not re-rendered for each key (what is typed lives in the box), so
 * `tooLong` comes from the panel. The handlers are the panel's methods: Lit calls them with the panel as `this`.
 */
export function renderCompose(
  msg: Msg,
  tooLong: boolean,
  onSend: (event: SubmitEvent) => void,
  onType: (event: InputEvent) => void,
): TemplateResult {
  return html`<form class="compose" novalidate @submit=${onSend}>
    <label class="compose__label" for="message">${msg('Your message', {id: 'chat.message'})}</label>
    ${
      tooLong
        ? html`<p class="problem" id="message-error">
            ${renderErrorMessage(msg('Your message must be 2,000 characters or fewer', {id: 'chat.too-long'}), msg)}
          </p>`
        : nothing
    }
    <textarea
      id="message"
      rows="3"
      aria-invalid=${tooLong ? 'true' : 'false'}
      aria-describedby=${tooLong ? 'message-error' : nothing}
      @input=${onType}
      @keydown=${sendOnEnter}
    ></textarea>
    <button class="button">${msg('Send', {id: 'chat.send'})}</button>
  </form>`;
}

/** Enter sends; Shift+Enter starts a new line (and Enter while composing, in an input method, is the method's). */
function sendOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  (event.target as HTMLTextAreaElement).form!.requestSubmit();
}

import {css, html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import {
  colorBrand,
  colorError,
  colorFocus,
  colorTextSecondary,
  fontWeightBold,
  space2,
  space3,
} from '../../generated/tokens.js';
import {chatTopics} from './chat-topics.js';
import {renderErrorMessage} from '../../core/views/notices.js';

/** The questions before a chat, by name; a question missing from `errors` is answered. */
export type BeforeChatQuestion = 'emergency' | 'topic';

/**
 * What is asked before a chat: is anyone in danger now, what it is about,
 * and a name if the person wants to give one. Plain form controls in the
 * panel's own shadow root (the chat has a size budget; these three need no
 * more than the platform gives), with GOV.UK's error messages.
 */
export function renderBeforeChat(
  msg: Msg,
  errors: Partial<Record<BeforeChatQuestion, string>>,
  onSubmit: (event: SubmitEvent) => void,
  problem: string,
): TemplateResult {
  const radios = (name: BeforeChatQuestion, legend: string, options: Array<{value: string; label: string}>) =>
    html`<div class="question ${errors[name] ? 'question--error' : ''}">
      <fieldset aria-describedby=${errors[name] ? `${name}-error` : nothing}>
        <legend class="question__label">${legend}</legend>
        ${
          errors[name]
            ? html`<p class="question__error" id="${name}-error">${renderErrorMessage(errors[name], msg)}</p>`
            : nothing
        }
        ${options.map(
          (option) =>
            html`<label class="choice"
              ><input type="radio" name=${name} value=${option.value} /> ${option.label}</label
            >`,
        )}
      </fieldset>
    </div>`;
  return html`<form novalidate @submit=${onSubmit}>
    ${radios(
      'emergency',
      msg('Is anyone in immediate danger, or is a crime happening now?', {id: 'engine.emergency.question'}),
      [
        {value: 'yes', label: msg('Yes', {id: 'engine.emergency.yes'})},
        {value: 'no', label: msg('No', {id: 'engine.emergency.no'})},
      ],
    )}
    ${radios('topic', msg('What is your chat about?', {id: 'chat.topic.question'}), chatTopics(msg))}
    <div class="question">
      <label class="question__label" for="name">${msg('Your name (optional)', {id: 'chat.name'})}</label>
      <p class="question__hint" id="name-hint">
        ${msg('So the person you chat with knows what to call you.', {id: 'chat.name.hint'})}
      </p>
      <input id="name" name="name" autocomplete="given-name" aria-describedby="name-hint" maxlength="100" />
    </div>
    ${problem ? html`<p class="problem" role="alert">${problem}</p>` : nothing}
    <button class="button">${msg('Start chat', {id: 'chat.start'})}</button>
  </form>`;
}

/** What each unanswered question says. */
export function beforeChatErrors(form: HTMLFormElement, msg: Msg): Partial<Record<BeforeChatQuestion, string>> {
  const data = new FormData(form);
  const errors: Partial<Record<BeforeChatQuestion, string>> = {};
  if (!data.get('emergency'))
    errors.emergency = msg('Select yes if anyone is in immediate danger or a crime is happening now', {
      id: 'engine.emergency.required',
    });
  if (!data.get('topic')) errors.topic = msg('Select what your chat is about', {id: 'chat.topic.required'});
  return errors;
}

// One rule a line (the chat's size budget: Lit ships a style's text as written).
// prettier-ignore
export const beforeChatStyles = css`
fieldset { margin: 0; padding: 0; border: 0; }
.question { margin-block-end: ${space3}; }
.question--error { padding-inline-start: ${space2}; border-inline-start: 5px solid ${colorError}; }
.question__label { display: block; margin-block-end: ${space2}; font-weight: ${fontWeightBold}; }
.question__hint { margin: 0 0 ${space2}; color: ${colorTextSecondary}; }
.question__error { margin: 0 0 ${space2}; color: ${colorError}; font-weight: ${fontWeightBold}; }
.choice { display: flex; gap: ${space2}; align-items: center; min-height: 44px; }
input[type='radio'] { width: 1.5em; height: 1.5em; margin: 0; accent-color: ${colorBrand}; }
input[type='radio']:focus-visible { outline: 3px solid ${colorFocus}; outline-offset: 2px; }
`;

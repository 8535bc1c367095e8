import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';

/** Where the confirmation's offer to follow the report stands. */
export type FollowState =
  | {kind: 'none'}
  | {kind: 'offered' | 'asking' | 'failed'}
  /** `link`: the follow page, holding nothing of the report; none where the person may be watched. */
  | {kind: 'given'; code: string; link?: string};

/**
 * The offer to follow the report online, then the access code, shown once.
 * The code is to be typed on the follow page: no link holds it, because the
 * browser's history keeps every address it has opened. Where the person may
 * be watched, there is no link to the follow page either.
 */
export function renderFollowOffer(msg: Msg, state: FollowState, ask: () => void): TemplateResult | typeof nothing {
  if (state.kind === 'none') return nothing;
  if (state.kind === 'given')
    return html`<section class="follow" part="follow">
      <h2 class="heading-medium" tabindex="-1">${msg('Your access code', {id: 'follow.code'})}</h2>
      <p><strong class="reference">${state.code}</strong></p>
      <p>
        ${msg('Keep it safe, and do not share it: anyone with your reference and this code can read our messages about your report. We cannot show it again.', {id: 'follow.keep'})}
      </p>
      ${
        state.link
          ? html`<p>
                ${msg('To follow your report, go to the page below and type in your reference number and this code.', {id: 'follow.how'})}
              </p>
              <p><a href=${state.link}>${msg('Follow your report', {id: 'follow.go'})}</a></p>`
          : html`<p>
              ${msg('To follow your report, go to “Follow your report” on our website and type in your reference number and this code. For your safety, there is no link to it here.', {id: 'follow.how-no-link'})}
            </p>`
      }
    </section>`;
  return html`<section class="follow" part="follow">
    <h2 class="heading-medium" tabindex="-1">${msg('Follow your report online', {id: 'follow.title'})}</h2>
    <p>
      ${msg('See what happens to your report, read our messages and answer them, with your reference and a private code.', {id: 'follow.what'})}
    </p>
    ${
      state.kind === 'failed'
        ? html`<p class="problem" role="alert">
            ${msg('We could not make your code. Try again, or call 101.', {id: 'follow.failed'})}
          </p>`
        : nothing
    }
    <button type="button" class="button button--secondary" ?disabled=${state.kind === 'asking'} @click=${ask}>
      ${msg('Get a code to follow it', {id: 'follow.ask'})}
    </button>
  </section>`;
}

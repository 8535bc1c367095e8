import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import {httpAddress} from '../../core/safe-url.js';
import {offerFor} from '../../forces/service-offers.js';
import type {Bilingual} from '../definition.js';
import type {HandOff} from '../hand-off.js';

/**
 * A hand-off: what the national service is for, what to have ready, what else to do, and a link that opens it (in
 * this tab, as GOV.UK advises, telling no one which page the person came from), then when to call 999 or the force,
 * in the force's own words for its non-emergency number (101 where no force is known: a national page).
 */
export function renderHandOff(
  handOff: HandOff,
  pick: (text: Bilingual) => string,
  forceId: string | undefined,
  msg: Msg,
): TemplateResult {
  const nonEmergency = pick(offerFor(forceId ?? '').nonEmergency);
  const href = httpAddress(handOff.link.href)?.href;
  return html`<div class="hand-off" part="hand-off">
    <h1 class="heading" tabindex="-1">${pick(handOff.title)}</h1>
    ${handOff.about.map((paragraph) => html`<p>${pick(paragraph)}</p>`)}
    <h2 class="heading-medium">${msg('What to have ready', {id: 'hand-off.have-ready'})}</h2>
    <ul class="list">
      ${handOff.haveReady.map((item) => html`<li>${pick(item)}</li>`)}
    </ul>
    ${
      handOff.alsoDo
        ? html`<h2 class="heading-medium">${msg('What else to do now', {id: 'hand-off.also-do'})}</h2>
            <ul class="list">
              ${handOff.alsoDo.map((item) => html`<li>${pick(item)}</li>`)}
            </ul>`
        : nothing
    }
    ${
      href
        ? html`<p>
            <a class="button start" part="button" href=${href} rel="noreferrer">${pick(handOff.link.text)}</a>
          </p>`
        : nothing
    }
    ${handOff.phone ? html`<p>${pick(handOff.phone)}</p>` : nothing}
    <div class="notice">
      <p>${pick(handOff.callUsInstead)}</p>
      <p>${msg('In an emergency, call 999.', {id: 'hand-off.emergency'})} ${nonEmergency}</p>
    </div>
  </div>`;
}

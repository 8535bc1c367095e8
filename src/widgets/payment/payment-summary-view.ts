import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import type {FeeAnswer} from '../../contract/payments.js';

/** Pounds and pence as the person's language writes them (£198.00). */
export const formatPounds = (pence: number, locale: string) =>
  new Intl.NumberFormat(locale, {style: 'currency', currency: 'GBP'}).format(pence / 100);

/**
 * Before paying: the application, each thing paid for with its fee as the
 * endpoint stated it, the total, and where the person goes next.
 */
export function renderPaymentSummary(
  msg: Msg,
  locale: string,
  reference: string,
  fee: FeeAnswer,
  on: {pay: () => void; change?: () => void},
  busy: boolean,
): TemplateResult {
  if (fee.amount === 0)
    return html`<p>${msg('There is nothing to pay: a one-for-one variation is free.', {id: 'payment.nothing'})}</p>`;
  return html`<dl class="summary-list">
      <div class="summary-list__row">
        <dt>${msg('Application reference', {id: 'payment.application-reference'})}</dt>
        <dd class="reference-text">${reference}</dd>
      </div>
      ${fee.lines.map(
        (line) =>
          html`<div class="summary-list__row">
            <dt>${line.description}</dt>
            <dd>${formatPounds(line.pence, locale)}</dd>
          </div>`,
      )}
      <div class="summary-list__row summary-list__row--total">
        <dt>${msg('Total to pay', {id: 'payment.total'})}</dt>
        <dd>${formatPounds(fee.amount, locale)}</dd>
      </div>
    </dl>
    <p>
      ${msg('You pay on a secure page run by our payment provider, and have 90 minutes to finish. We never see your card details.', {id: 'payment.provider'})}
    </p>
    <button type="button" class="button" ?disabled=${busy} @click=${on.pay}>
      ${msg('Continue to payment', {id: 'payment.pay'})}
    </button>
    ${
      on.change
        ? html`<button type="button" class="button button--secondary" ?disabled=${busy} @click=${on.change}>
            ${msg('Change what you are paying for', {id: 'payment.change'})}
          </button>`
        : nothing
    }`;
}

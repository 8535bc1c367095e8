import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import type {PaymentStatus} from './payment-protocol.js';
import {formatPounds} from './payment-summary-view.js';

/** Everything but success: a heading, what happened in plain words, and the one thing to do next. */
export interface Setback {
  title: string;
  body: string;
  action?: {label: string; run: () => void};
}

/** The payment went through: what was paid, the provider's reference, and what happens now. */
export function renderPaid(msg: Msg, locale: string, status: PaymentStatus, another?: () => void): TemplateResult {
  return html`<div class="panel" part="paid">
      <h2 class="panel__title" tabindex="-1">${msg('Payment received', {id: 'payment.paid'})}</h2>
      <p class="panel__body">
        ${msg('Your payment reference', {id: 'payment.receipt'})}<br /><strong class="reference"
          >${status.receipt}</strong
        >
      </p>
    </div>
    <dl class="summary-list">
      <div class="summary-list__row">
        <dt>${msg('Amount paid', {id: 'payment.amount-paid'})}</dt>
        <dd>${formatPounds(status.amount, locale)}</dd>
      </div>
      <div class="summary-list__row">
        <dt>${msg('Application reference', {id: 'payment.application-reference'})}</dt>
        <dd class="reference-text">${status.reference}</dd>
      </div>
    </dl>
    <p>
      ${msg('We will now start work on your application: we will write to your GP, contact your referees and arrange to visit you at home. Keep both references.', {id: 'payment.paid.next'})}
    </p>
    ${
      another
        ? html`<button type="button" class="button button--secondary" @click=${another}>
            ${msg('Pay for another application', {id: 'payment.another'})}
          </button>`
        : nothing
    }`;
}

/** A payment that did not go through, was not finished, or could not be reached: said plainly, with a way on. */
export function renderSetback(setback: Setback): TemplateResult {
  return html`<div class="setback" part="setback">
    <h2 class="setback__title" tabindex="-1">${setback.title}</h2>
    <p>${setback.body}</p>
    ${
      setback.action
        ? html`<button type="button" class="button" @click=${setback.action.run}>${setback.action.label}</button>`
        : nothing
    }
  </div>`;
}

/** What the person is told when a payment came back without succeeding, by GOV.UK Pay's state and code. */
export function setbackWords(msg: Msg, status: PaymentStatus): {title: string; body: string; tryAgain: string} {
  const tryAgain = msg('Try the payment again', {id: 'payment.try-again'});
  if (status.state === 'created' || status.state === 'started' || status.state === 'submitted')
    return {
      title: msg('You have not finished paying', {id: 'payment.unfinished'}),
      body: msg('No money has been taken yet. You can carry on where you left off.', {id: 'payment.unfinished.body'}),
      tryAgain: msg('Continue to payment', {id: 'payment.pay'}),
    };
  if (status.failureCode === 'P0010')
    return {
      title: msg('Your payment was declined', {id: 'payment.declined'}),
      body: msg('No money has been taken. You can try again with another card.', {id: 'payment.declined.body'}),
      tryAgain,
    };
  if (status.failureCode === 'P0020')
    return {
      title: msg('Your payment timed out', {id: 'payment.expired'}),
      body: msg('You have 90 minutes to pay once you start. No money has been taken.', {id: 'payment.expired.body'}),
      tryAgain,
    };
  if (status.failureCode === 'P0030')
    return {
      title: msg('You cancelled your payment', {id: 'payment.cancelled'}),
      body: msg('No money has been taken. We cannot start work on your application until it is paid for.', {
        id: 'payment.cancelled.body',
      }),
      tryAgain: msg('Pay now', {id: 'payment.pay-now'}),
    };
  return {
    title: msg('Your payment could not be taken', {id: 'payment.error'}),
    body: msg(
      'Something went wrong at the payment provider. No money has been taken. Try again, or call 101 if it keeps happening.',
      {
        id: 'payment.error.body',
      },
    ),
    tryAgain,
  };
}

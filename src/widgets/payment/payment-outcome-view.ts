import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import type {PaymentStatus} from '../../contract/payments.js';
import {formatPounds} from './payment-summary-view.js';

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

/** Why a payment is not (yet) paid, or could not be started or checked. */
export type SetbackReason =
  | {kind: 'outcome'; status: PaymentStatus}
  | {kind: 'fee-problem' | 'create-problem' | 'check-problem' | 'already-paid' | 'refused' | 'provider-unusable'};

/** A payment that did not go through, was not finished, or could not be reached: said plainly, with a way on. */
export function renderSetback(words: SetbackWords, action?: () => void): TemplateResult {
  return html`<div class="setback" part="setback">
    <h2 class="setback__title" tabindex="-1">${words.title}</h2>
    <p>${words.body}</p>
    ${
      action && words.action
        ? html`<button type="button" class="button" @click=${action}>${words.action}</button>`
        : nothing
    }
  </div>`;
}

/** A heading, what happened in plain words, and the label of the one thing to do next (if any). */
export interface SetbackWords {
  title: string;
  body: string;
  action?: string;
}

/** What the person is told, worded when shown (so a change of language reaches it). */
export function setbackWords(msg: Msg, reason: SetbackReason): SetbackWords {
  const retry = msg('Try again', {id: 'payment.retry'});
  switch (reason.kind) {
    case 'outcome':
      return outcomeWords(msg, reason.status);
    case 'fee-problem':
      return {
        title: msg('We could not get the fee', {id: 'payment.fee-problem'}),
        body: msg('Check your internet connection and try again. If it keeps happening, call 101.', {
          id: 'payment.fee-problem.body',
        }),
        action: retry,
      };
    case 'create-problem':
      return {
        title: msg('We could not open the payment page', {id: 'payment.create-problem'}),
        body: msg(
          'No money has been taken. Check your internet connection and try again. If it keeps happening, call 101.',
          {id: 'payment.create-problem.body'},
        ),
        action: retry,
      };
    case 'check-problem':
      return {
        title: msg('We could not check your payment', {id: 'payment.check-problem'}),
        body: msg('If you paid, you do not need to pay again. Check your internet connection and try again.', {
          id: 'payment.check-problem.body',
        }),
        action: retry,
      };
    case 'already-paid':
      return {
        title: msg('This application has already been paid for', {id: 'payment.already-paid'}),
        body: msg(
          'You do not need to pay again. If you think this is wrong, call 101 and give your application reference.',
          {id: 'payment.already-paid.body'},
        ),
      };
    case 'provider-unusable':
      // The endpoint named a payment page the element will not open (not an http(s) address).
      return {
        title: msg('We could not open the payment page', {id: 'payment.create-problem'}),
        body: msg(
          'No money has been taken, and nothing you entered is lost. Call 101 and give your application reference to pay another way.',
          {id: 'payment.provider-unusable.body'},
        ),
      };
    case 'refused':
      return {
        title: msg('This payment cannot be made online', {id: 'payment.refused'}),
        body: msg('No money has been taken. Call 101 and give your application reference to pay another way.', {
          id: 'payment.refused.body',
        }),
      };
  }
}

/** A payment that came back without succeeding, by GOV.UK Pay's state and code. */
function outcomeWords(msg: Msg, status: PaymentStatus): SetbackWords {
  const action = msg('Try the payment again', {id: 'payment.try-again'});
  if (status.state === 'created' || status.state === 'started' || status.state === 'submitted')
    return {
      title: msg('You have not finished paying', {id: 'payment.unfinished'}),
      body: msg('No money has been taken yet. You can carry on where you left off.', {id: 'payment.unfinished.body'}),
      action: msg('Continue to payment', {id: 'payment.pay'}),
    };
  if (status.failureCode === 'P0010')
    return {
      title: msg('Your payment was declined', {id: 'payment.declined'}),
      body: msg('No money has been taken. You can try again with another card.', {id: 'payment.declined.body'}),
      action,
    };
  if (status.failureCode === 'P0020')
    return {
      title: msg('Your payment timed out', {id: 'payment.expired'}),
      body: msg('You have 90 minutes to pay once you start. No money has been taken.', {id: 'payment.expired.body'}),
      action,
    };
  if (status.failureCode === 'P0030')
    return {
      title: msg('You cancelled your payment', {id: 'payment.cancelled'}),
      body: msg('No money has been taken. We cannot start work on your application until it is paid for.', {
        id: 'payment.cancelled.body',
      }),
      action: msg('Pay now', {id: 'payment.pay-now'}),
    };
  return {
    title: msg('Your payment could not be taken', {id: 'payment.error'}),
    body: msg(
      'Something went wrong at the payment provider. No money has been taken. Try again, or call 101 if it keeps happening.',
      {
        id: 'payment.error.body',
      },
    ),
    action,
  };
}

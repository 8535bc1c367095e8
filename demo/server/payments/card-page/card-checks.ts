import {cardDigits, testCard, type CardOutcome} from '../test-cards.js';
import type {CardErrors, CardForm} from './card-page.js';
import type {CardPageWords} from './card-page-words.js';

/** What the card form's answers come to: problems to show, or a test card's outcome. */
export type CardCheck = {errors: CardErrors} | {outcome: CardOutcome; lastFour: string};

/** Checks the card form as a provider would, GOV.UK's messages for each problem; `now` for the expiry. */
export function checkCard(form: CardForm, words: CardPageWords, now: Date): CardCheck {
  const errors: CardErrors = {};
  const digits = cardDigits(form.cardNumber ?? '');
  const card = testCard(digits);
  if (!digits) errors.cardNumber = words.cardNumberMissing;
  else if (!card) errors.cardNumber = words.cardNumberNotTest;

  const month = Number(form.expiryMonth?.trim());
  const yearTyped = form.expiryYear?.trim() ?? '';
  const year = yearTyped.length === 2 ? 2000 + Number(yearTyped) : Number(yearTyped);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !/^(\d{2}|\d{4})$/.test(yearTyped))
    errors.expiryMonth = words.expiryInvalid;
  else if (year * 12 + month < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) errors.expiryMonth = words.expiryPast;

  if (!form.cardholderName?.trim()) errors.cardholderName = words.nameMissing;
  if (!/^\d{3,4}$/.test(form.securityCode?.trim() ?? '')) errors.securityCode = words.securityCodeInvalid;

  if (Object.keys(errors).length > 0 || !card) return {errors};
  // The provider checks the security code with the bank: this test card says it is wrong.
  if (card.outcome === 'wrong-security-code') return {errors: {securityCode: words.securityCodeWrong}};
  return {outcome: card.outcome, lastFour: digits.slice(-4)};
}

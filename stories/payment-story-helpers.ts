import type {PaymentRecord} from '../src/widgets/payment/payment-record.js';
import type {PaymentItem} from '../src/contract/payments.js';
import {SANDBOX_ENDPOINT, STORY_ENDPOINT_MODE} from './sandbox-endpoint.js';

/** How the person came back from the provider's page. */
export type ProviderOutcome = 'paid' | 'declined' | 'cancelled' | 'timed-out' | 'not-finished' | 'provider-error';

const ALPHABET = '346789ABCDEFGHJKMNPQRTWXY';

/** A new application reference, in the sandbox's format. */
export function newReference(): string {
  return Array.from({length: 9}, (_, index) =>
    index === 4 ? '-' : ALPHABET[Math.floor(Math.random() * ALPHABET.length)],
  ).join('');
}

const CARDS: Partial<Record<ProviderOutcome, string>> = {
  paid: '4444333322221111',
  declined: '4000000000000002',
  'provider-error': '4000000000000119',
};

/**
 * As if the person had been to the provider's page and come back: a real
 * payment on the sandbox, the payer played on its stand-in card pages with
 * plain form posts. Answers what the tab holds when the element leaves
 * for the provider (the payment's id): write it (`writePaymentRecord`) as
 * the story renders `<soh-payment>` with the same reference and items.
 */
export async function paymentCameBack(
  outcome: ProviderOutcome,
  reference: string,
  items: PaymentItem[],
  {language = 'en', storyId}: {language?: 'en' | 'cy'; storyId: string},
): Promise<PaymentRecord> {
  // Answered from recordings (no sandbox), each request names its story: a docs page plays every story's at once.
  const headers: Record<string, string> = STORY_ENDPOINT_MODE === 'replay' ? {'X-Story-Id': storyId} : {};
  const idempotencyKey = crypto.randomUUID();
  const created = await fetch(new URL('payments', SANDBOX_ENDPOINT), {
    method: 'POST',
    headers: {...headers, 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey},
    body: JSON.stringify({service: 'firearms-licence', items, reference, returnUrl: location.href, language}),
  });
  const {paymentId, nextUrl} = (await created.json()) as {paymentId: string; nextUrl: string};
  const post = (url: string, form: Record<string, string> = {}) =>
    fetch(url, {method: 'POST', headers, body: new URLSearchParams(form), redirect: 'manual'});
  await fetch(nextUrl, {headers});
  const card = CARDS[outcome];
  if (card)
    await post(nextUrl, {
      cardNumber: card,
      expiryMonth: '12',
      expiryYear: '39',
      cardholderName: 'Sam Jones',
      securityCode: '123',
    });
  if (outcome === 'paid') await post(`${nextUrl}/confirm`);
  if (outcome === 'cancelled') await post(`${nextUrl}/cancel`);
  if (outcome === 'timed-out')
    await fetch(new URL('__payments/clock', SANDBOX_ENDPOINT), {
      method: 'POST',
      headers: {...headers, 'Content-Type': 'application/json'},
      body: JSON.stringify({advanceMs: 90 * 60 * 1000}),
    });
  return {reference, items, idempotencyKey, paymentId};
}

/** Forgets every payment this tab remembers (a record per application), so a story starts from a tab that has paid for nothing. */
export function forgetEveryPayment(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('soh:payment')) sessionStorage.removeItem(key);
}

import {randomUUID} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {startTestSandbox} from './sandbox-helpers.js';
import {PAYMENT_ITEMS, type PaymentItem} from '../../src/contract/payments.js';

// GOV.UK Pay's journey against the sandbox: create (amount from the fee
// table, idempotent), the stand-in card pages, and the state read back by id.
const HOST = 'localhost:8080';
const RETURN_URL = 'http://localhost:8080/firearms/pay';

let app: FastifyInstance;
let logs: string[];
beforeAll(async () => {
  ({app, logs} = await startTestSandbox());
});
afterAll(() => app.close());

let referenceCount = 0;
/** A new application reference each time, in the sandbox's alphabet. */
const newReference = () =>
  `FAKE-${'ABCDEFGHJK'[Math.floor(referenceCount / 10) % 10]}7${'ABCDEFGHJK'[referenceCount++ % 10]}Q`.replace(
    'FAKE',
    'FHKM',
  );

function create(body: Record<string, unknown> = {}, key: string = randomUUID()) {
  return app.inject({
    method: 'POST',
    url: '/payments',
    headers: {host: HOST, 'idempotency-key': key},
    payload: {
      service: 'firearms-licence',
      items: ['firearm-grant'],
      reference: newReference(),
      returnUrl: RETURN_URL,
      language: 'en',
      ...body,
    },
  });
}

const pagePath = (nextUrl: string) => new URL(nextUrl).pathname;
const status = async (id: string) => (await app.inject({method: 'GET', url: `/payments/${id}`})).json();
const postForm = (url: string, form: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url,
    headers: {host: HOST, 'content-type': 'application/x-www-form-urlencoded'},
    payload: new URLSearchParams(form).toString(),
  });
const card = (cardNumber: string, extra: Record<string, string> = {}) => ({
  cardNumber,
  expiryMonth: '10',
  expiryYear: '40',
  cardholderName: 'Sam Jones',
  securityCode: '123',
  ...extra,
});

/** Creates a payment and opens its card page, as the payer's browser does. */
async function startPaying(body: Record<string, unknown> = {}) {
  const answer = (await create(body)).json();
  const page = await app.inject({method: 'GET', url: pagePath(answer.nextUrl), headers: {host: HOST}});
  return {...answer, path: pagePath(answer.nextUrl), page};
}

describe('POST /payments', () => {
  it('creates a payment for the amount the endpoint charges, once per idempotency key', async () => {
    const key = randomUUID();
    const reference = newReference();
    const first = await create({items: ['firearm-renewal', 'shotgun-renewal'], reference}, key);
    expect(first.statusCode).toBe(201);
    const body = first.json();
    expect(body).toMatchObject({state: 'created', amount: 15500});
    expect(body.nextUrl).toMatch(/^http:\/\/localhost:8080\/pay\/[\w-]{32}$/);
    expect(body.nextUrl).not.toContain(body.paymentId);
    const again = await create({items: ['firearm-renewal', 'shotgun-renewal'], reference}, key);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(body);
    const other = await create({items: ['firearm-grant'], reference}, key);
    expect(other.statusCode).toBe(409);
    expect(other.json().errors[0].code).toBe('key-reused');
  });

  it('refuses an amount, a missing key, a made-up reference, a foreign return page, and nothing to pay', async () => {
    expect((await create({amount: 1})).statusCode).toBe(422);
    const noKey = await app.inject({method: 'POST', url: '/payments', payload: {}});
    expect(noKey.statusCode).toBe(400);
    const badReference = await create({reference: '<script>'});
    expect(badReference.json().errors[0].source.pointer).toBe('/reference');
    const elsewhere = await create({returnUrl: 'https://evil.example/steal'});
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().errors[0].source.pointer).toBe('/returnUrl');
    expect((await create({returnUrl: 'http://localhost:6006/iframe.html'})).statusCode).toBe(201);
    const free = await create({items: ['variation-one-for-one']});
    expect(free.json().errors[0].code).toBe('nothing-to-pay');
    expect((await create({items: ['firearm-grant', 'firearm-renewal']})).statusCode).toBe(422);
  });

  // Every combination the table can be asked for: the certificates (none, grant or renewal of each), a
  // variation (none, standard, one-for-one), a replacement. Expected: the Order's figures, added up by hand.
  const certificates: Record<string, number> = {
    '': 0,
    'firearm-grant': 19800,
    'firearm-renewal': 13100,
    'shotgun-grant': 19400,
    'shotgun-renewal': 12600,
    'firearm-grant shotgun-grant': 20200,
    'firearm-grant shotgun-renewal': 20200,
    'firearm-renewal shotgun-grant': 20200,
    'firearm-renewal shotgun-renewal': 15500,
  };
  for (const [certificate, certificatePence] of Object.entries(certificates))
    for (const variation of ['', 'variation', 'variation-one-for-one'])
      for (const replacement of ['', 'replacement']) {
        const items = [...certificate.split(' '), variation, replacement].filter(Boolean) as PaymentItem[];
        const variationPence = variation === 'variation' && !certificate.includes('firearm-renewal') ? 2000 : 0;
        const expected = certificatePence + variationPence + (replacement ? 400 : 0);
        if (items.length === 0) continue;
        it(`charges ${expected / 100} pounds for ${items.join(' + ')}`, async () => {
          const answer = await create({items});
          if (expected === 0) return expect(answer.json().errors[0].code).toBe('nothing-to-pay');
          expect(answer.json().amount).toBe(expected);
          const fee = await app.inject({method: 'GET', url: `/payments/fee?items=${items.join(',')}`});
          expect(fee.json().amount).toBe(expected);
        });
      }

  it('knows every item the element can name', () => {
    expect(PAYMENT_ITEMS).toHaveLength(7);
  });
});

describe('the stand-in card pages', () => {
  it('takes a test card, asks to confirm, then sends the payer back; the state says success with a receipt', async () => {
    const {paymentId, path, page} = await startPaying();
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toContain("form-action 'self' http://localhost:8080");
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('Enter card details');
    expect(page.body).toContain('£198.00');
    expect((await status(paymentId)).state).toBe('started');

    const submitted = await postForm(path, card('4444 3333 2222 1111'));
    expect(submitted.statusCode).toBe(303);
    expect(submitted.headers.location).toBe(path);
    expect((await status(paymentId)).state).toBe('submitted');
    const confirm = await app.inject({method: 'GET', url: path});
    expect(confirm.body).toContain('Card ending 1111');
    expect(confirm.body).not.toContain('4444');

    const paid = await postForm(`${path}/confirm`);
    expect(paid.statusCode).toBe(303);
    expect(paid.headers.location).toBe(RETURN_URL);
    const after = await status(paymentId);
    expect(after).toMatchObject({state: 'success', amount: 19800});
    expect(after.receipt).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    // Back to the card pages after paying: nothing can be taken twice.
    expect((await postForm(`${path}/confirm`)).headers.location).toBe(path);
    expect((await postForm(path, card('4444333322221111'))).headers.location).toBe(path);
    expect((await app.inject({method: 'GET', url: path})).body).toContain('This payment has already been made');
    expect(await status(paymentId)).toEqual(after);
  });

  it('never lets the same application be charged twice, from any browser', async () => {
    const reference = newReference();
    const {path} = await startPaying({reference});
    await postForm(path, card('4444333322221111'));
    await postForm(`${path}/confirm`);
    const second = await create({reference});
    expect(second.statusCode).toBe(409);
    expect(second.json().errors[0].code).toBe('already-paid');
  });

  it('fails a declined card (P0010) and a provider error (P0050) and sends the payer back', async () => {
    for (const [number, state, code] of [
      ['4000000000000002', 'failed', 'P0010'],
      ['4000000000000069', 'failed', 'P0010'],
      ['4000000000000119', 'error', 'P0050'],
    ]) {
      const {paymentId, path} = await startPaying();
      const answer = await postForm(path, card(number));
      expect(answer.headers.location).toBe(RETURN_URL);
      expect(await status(paymentId)).toMatchObject({state, failureCode: code});
    }
  });

  it('says what is wrong with the card form, and keeps the payment open', async () => {
    const {paymentId, path} = await startPaying();
    const empty = await postForm(path, {});
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('<title>Error: Enter card details');
    for (const message of [
      'Enter your card number',
      'Enter the expiry date as it is on the card',
      'Enter the name as it is on the card',
      'Enter the card security code',
    ])
      expect(empty.body).toContain(message);
    const real = await postForm(path, card('4111 1111 1111 1111', {cardholderName: '<b>Sam</b>', expiryYear: '20'}));
    expect(real.body).toContain('Enter a test card number');
    expect(real.body).toContain('The expiry date must be in the future');
    expect(real.body).toContain('&#60;b&#62;Sam&#60;/b&#62;');
    const wrongCode = await postForm(path, card('4000000000000127'));
    expect(wrongCode.body).toContain('The card security code is not right');
    expect((await status(paymentId)).state).toBe('started');
  });

  it('is cancelled by the payer (failed, P0030)', async () => {
    const {paymentId, path} = await startPaying();
    const answer = await postForm(`${path}/cancel`);
    expect(answer.headers.location).toBe(RETURN_URL);
    expect(await status(paymentId)).toMatchObject({state: 'failed', failureCode: 'P0030'});
  });

  it('expires after 90 minutes (failed, P0020), and the card page says so', async () => {
    const {paymentId, path} = await startPaying();
    await app.inject({method: 'POST', url: '/__payments/clock', payload: {advanceMs: 90 * 60 * 1000}});
    expect(await status(paymentId)).toMatchObject({state: 'failed', failureCode: 'P0020'});
    expect((await postForm(path, card('4444333322221111'))).headers.location).toBe(path);
    expect((await app.inject({method: 'GET', url: path})).body).toContain('Your payment session has expired');
  });

  it('speaks Welsh for a payment made in Welsh', async () => {
    const {page, path} = await startPaying({language: 'cy', items: ['shotgun-grant']});
    expect(page.body).toContain('<html lang="cy">');
    expect(page.body).toContain('Rhowch fanylion y cerdyn');
    expect(page.body).toContain('Tystysgrif dryll newydd');
    expect((await postForm(path, {})).body).toContain('Rhowch rif eich cerdyn');
  });

  it('answers an unknown page or id with not found, and logs no card, name or payment words', async () => {
    expect((await app.inject({method: 'GET', url: '/pay/made-up'})).statusCode).toBe(404);
    expect((await app.inject({method: 'GET', url: '/payments/made-up'})).statusCode).toBe(404);
    const log = logs.join('');
    for (const secret of ['4444333322221111', '4444 3333', 'Sam Jones', 'certificate', 'FHKM-'])
      expect(log).not.toContain(secret);
  });
});

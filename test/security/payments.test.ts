import {randomUUID} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {startHardenedSandbox} from './security-sandbox.js';

// Never two payments for one application, and never a payment that returns to a site the sandbox does not know.
const HOST = 'localhost:8080';
let app: FastifyInstance;
beforeAll(async () => {
  ({app} = await startHardenedSandbox());
});
afterAll(() => app.close());

const create = (reference: string, items: string[], headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/payments',
    headers: {host: HOST, 'idempotency-key': randomUUID(), ...headers},
    payload: {service: 'firearms-licence', items, reference, returnUrl: 'http://localhost:8080/pay', language: 'en'},
  });

const pagePath = (nextUrl: string) => new URL(nextUrl).pathname;
const formPost = (url: string, fields: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url,
    headers: {host: HOST, 'content-type': 'application/x-www-form-urlencoded'},
    payload: new URLSearchParams(fields).toString(),
  });
const goodCard = {
  cardNumber: '4444333322221111',
  expiryMonth: '10',
  expiryYear: '40',
  cardholderName: 'Sam Jones',
  securityCode: '123',
};

/** The payer's browser through the card page to "Confirm", and the confirm pressed. */
async function payThrough(nextUrl: string) {
  const path = pagePath(nextUrl);
  await app.inject({method: 'GET', url: path, headers: {host: HOST}});
  return {path, submit: () => formPost(path, goodCard), confirm: () => formPost(`${path}/confirm`)};
}

const state = async (paymentId: string) =>
  (await app.inject({method: 'GET', url: `/payments/${paymentId}`, headers: {host: HOST}})).json();

describe('one application, one payment', () => {
  it('never hands the payment under way to another caller who knows the reference (a new key)', async () => {
    const first = (await create('FHKM-A7BQ', ['firearm-grant'])).json();
    const second = await create('FHKM-A7BQ', ['firearm-grant']);
    expect(second.statusCode).toBe(201);
    expect(second.json().paymentId).not.toBe(first.paymentId);
    expect(second.json().nextUrl).not.toBe(first.nextUrl);
  });

  it('takes an idempotency key in capitals as the same key: one payment, the same answer', async () => {
    const key = randomUUID();
    const first = await create('FHKM-H7JQ', ['firearm-grant'], {'idempotency-key': key});
    const again = await create('FHKM-H7JQ', ['firearm-grant'], {'idempotency-key': key.toUpperCase()});
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().paymentId).toBe(first.json().paymentId);
    expect(again.json().nextUrl).toBe(first.json().nextUrl);
  });

  it('takes the money once when the same fee is begun twice and both are confirmed', async () => {
    const one = (await create('FHKM-E7FQ', ['firearm-grant'])).json();
    const two = (await create('FHKM-E7FQ', ['firearm-grant'])).json();
    const [payOne, payTwo] = [await payThrough(one.nextUrl), await payThrough(two.nextUrl)];
    await payTwo.submit();
    await payOne.submit();
    await payTwo.confirm();
    await payOne.confirm();
    const states = [(await state(one.paymentId)).state, (await state(two.paymentId)).state];
    expect(states.sort()).toEqual(['failed', 'success']);
  });

  it('limits payments begun from one client', async () => {
    const {app: fresh} = await startHardenedSandbox();
    const statuses: number[] = [];
    for (let index = 0; index < 25; index++)
      statuses.push(
        (
          await fresh.inject({
            method: 'POST',
            url: '/payments',
            headers: {host: HOST, 'idempotency-key': randomUUID()},
            payload: {
              service: 'firearms-licence',
              items: ['variation'],
              reference: 'FHKM-G7AQ',
              returnUrl: 'http://localhost:8080/pay',
              language: 'en',
            },
          })
        ).statusCode,
      );
    await fresh.close();
    expect(statuses.slice(0, 20).every((status) => status === 201)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
  });

  it('takes the money once when two payments for it were begun before either finished', async () => {
    // Different items, so different amounts: two payments, both at the card's confirm page.
    const one = (await create('FHKM-B7CQ', ['firearm-grant'])).json();
    const two = (await create('FHKM-B7CQ', ['shotgun-grant'])).json();
    expect(two.paymentId).not.toBe(one.paymentId);
    const [payOne, payTwo] = [await payThrough(one.nextUrl), await payThrough(two.nextUrl)];
    await payOne.submit();
    await payTwo.submit();
    expect([(await state(one.paymentId)).state, (await state(two.paymentId)).state]).toEqual([
      'submitted',
      'submitted',
    ]);
    await payOne.confirm();
    await payTwo.confirm();
    const [after1, after2] = [await state(one.paymentId), await state(two.paymentId)];
    expect(after1.state).toBe('success');
    expect(after2).toMatchObject({state: 'failed', failureCode: 'P0040'});
    expect(after2.receipt).toBeUndefined();
    // And a third is refused outright.
    expect((await create('FHKM-B7CQ', ['firearm-renewal'])).json().errors[0].code).toBe('already-paid');
  });
});

describe('the return URL', () => {
  it('is never anchored to a Host header the sandbox does not serve', async () => {
    const answer = await app.inject({
      method: 'POST',
      url: '/payments',
      headers: {host: 'evil.example', 'idempotency-key': randomUUID()},
      payload: {
        service: 'firearms-licence',
        items: ['firearm-grant'],
        reference: 'FHKM-C7DQ',
        returnUrl: 'http://evil.example/phish',
        language: 'en',
      },
    });
    expect(answer.statusCode).toBe(421);
  });

  it('is anchored to the configured public origin, and the provider’s page is there too', async () => {
    const {app: deployed} = await startHardenedSandbox({publicOrigin: 'https://sandbox.force.example'});
    const ask = (returnUrl: string) =>
      deployed.inject({
        method: 'POST',
        url: '/payments',
        headers: {host: 'sandbox.force.example', 'idempotency-key': randomUUID()},
        payload: {
          service: 'firearms-licence',
          items: ['firearm-grant'],
          reference: 'FHKM-D7EQ',
          returnUrl,
          language: 'en',
        },
      });
    const home = await ask('https://sandbox.force.example/firearms/pay');
    expect(home.statusCode).toBe(201);
    expect(home.json().nextUrl).toMatch(/^https:\/\/sandbox\.force\.example\/pay\//);
    expect((await ask('http://localhost:8080/firearms/pay')).statusCode).toBe(422);
    await deployed.close();
  });
});

import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import {OPERATOR, startHardenedSandbox, validReport} from './security-sandbox.js';

// The back office (inbox, its JSON, the agent console) is for the force's staff only, and a page elsewhere cannot
// act as a signed-in operator.
const HOST = 'localhost:8080';
let app: FastifyInstance;
let reference: string;

beforeAll(async () => {
  ({app} = await startHardenedSandbox());
  const sent = await app.inject({
    method: 'POST',
    url: '/incidents',
    headers: {host: HOST, 'content-type': 'application/vnd.api+json', 'idempotency-key': crypto.randomUUID()},
    payload: JSON.stringify(validReport()),
  });
  reference = sent.json().data.attributes.customerReferenceNumber;
});
afterAll(() => app.close());

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function signIn(token = TEST_OPERATOR_TOKEN, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: {host: HOST, 'content-type': 'application/x-www-form-urlencoded', ...headers},
    payload: form({token, next: '/inbox'}),
  });
}

async function signedInCookie(): Promise<string> {
  const answer = await signIn();
  expect(answer.statusCode).toBe(303);
  return String(answer.headers['set-cookie']).split(';')[0];
}

async function csrfFrom(cookie: string): Promise<string> {
  const page = await app.inject({method: 'GET', url: '/inbox', headers: {host: HOST, cookie}});
  expect(page.statusCode).toBe(200);
  return /name="_csrf" value="([^"]+)"/.exec(page.body)![1];
}

describe('the back office signs in', () => {
  it('refuses the inbox, its JSON and the agent console to anyone not signed in', async () => {
    const json = await app.inject({method: 'GET', url: '/inbox.json', headers: {host: HOST}});
    expect(json.statusCode).toBe(401);
    expect(json.headers['www-authenticate']).toContain('Bearer');
    expect(json.body).not.toContain(reference);
    for (const page of ['/inbox', '/agent']) {
      const answer = await app.inject({method: 'GET', url: page, headers: {host: HOST}});
      expect(answer.statusCode).toBe(303);
      expect(answer.headers.location).toBe(`/sign-in?next=${encodeURIComponent(page)}`);
    }
    const wrongBearer = await app.inject({
      method: 'GET',
      url: '/inbox.json',
      headers: {host: HOST, authorization: 'Bearer not-the-token'},
    });
    expect(wrongBearer.statusCode).toBe(401);
  });

  it('refuses the same pages and calls however their address is spelt', async () => {
    for (const url of [
      '/%69nbox.json',
      '/inbox%2ejson',
      'http://localhost:8080/inbox.json',
      '/%61gent',
      '/agent.html',
    ]) {
      const answer = await app.inject({method: 'GET', url, headers: {host: HOST}});
      expect([url, answer.statusCode === 200]).toEqual([url, false]);
      expect(answer.body).not.toContain(reference);
    }
    for (const what of ['messages', 'status', 'revoke']) {
      const answer = await app.inject({
        method: 'POST',
        url: `/%69nbox/${reference}/${what}`,
        headers: {host: HOST, 'content-type': 'application/x-www-form-urlencoded'},
        payload: form({text: 'This is the police. Call this number now.', status: 'closed'}),
      });
      expect([what, answer.statusCode]).toEqual([what, 401]);
    }
    const page = await app.inject({method: 'GET', url: '/inbox', headers: {host: HOST, ...OPERATOR}});
    expect(page.body).not.toContain('Call this number now');
  });

  it('answers a script that sends the operator token as a bearer token', async () => {
    const json = await app.inject({method: 'GET', url: '/inbox.json', headers: {host: HOST, ...OPERATOR}});
    expect(json.statusCode).toBe(200);
    expect(json.body).toContain(reference);
  });

  it('signs a page in with the token: an HttpOnly, SameSite=Strict cookie that is not the token', async () => {
    const wrong = await signIn('a wrong token of some length');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('Enter the operator token');
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const right = await signIn();
    const cookie = String(right.headers['set-cookie']);
    expect(cookie).toMatch(/^soh_operator=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain(TEST_OPERATOR_TOKEN);
    expect(right.headers.location).toBe('/inbox');
    const inbox = await app.inject({method: 'GET', url: '/inbox', headers: {host: HOST, cookie: cookie.split(';')[0]}});
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body).toContain(reference);
  });

  it('leads a sign-in only to its own pages', async () => {
    const answer = await app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: {host: HOST, 'content-type': 'application/x-www-form-urlencoded'},
      payload: form({token: TEST_OPERATOR_TOKEN, next: 'https://evil.example/'}),
    });
    expect(answer.headers.location).toBe('/inbox');
  });

  it('refuses a sign-in posted from another site', async () => {
    const answer = await signIn(TEST_OPERATOR_TOKEN, {origin: 'https://evil.example', 'sec-fetch-site': 'cross-site'});
    expect(answer.statusCode).toBe(403);
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('limits guesses at the token from one client', async () => {
    const {app: fresh} = await startHardenedSandbox();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++)
      statuses.push(
        (
          await fresh.inject({
            method: 'POST',
            url: '/sign-in',
            headers: {host: HOST, 'content-type': 'application/x-www-form-urlencoded'},
            payload: form({token: `guess number ${attempt} of many`}),
          })
        ).statusCode,
      );
    await fresh.close();
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('guesses at the operator token', () => {
  it('are limited per client wherever they are made: bearer tokens count as sign-in attempts do', async () => {
    const {app: fresh} = await startHardenedSandbox();
    const ask = (token: string, remoteAddress: string) =>
      fresh.inject({
        method: 'GET',
        url: '/inbox.json',
        remoteAddress,
        headers: {host: HOST, authorization: `Bearer ${token}`},
      });
    for (let guess = 0; guess < 10; guess++)
      expect((await ask(`wrong guess ${guess} padded`, '203.0.113.5')).statusCode).toBe(401);
    // Out of guesses: even the right token is not compared until the client has waited.
    expect((await ask(TEST_OPERATOR_TOKEN, '203.0.113.5')).statusCode).toBe(401);
    const signIn = await fresh.inject({
      method: 'POST',
      url: '/sign-in',
      remoteAddress: '203.0.113.5',
      headers: {host: HOST, 'content-type': 'application/x-www-form-urlencoded'},
      payload: form({token: TEST_OPERATOR_TOKEN}),
    });
    expect(signIn.statusCode).toBe(429);
    expect(Number(signIn.headers['retry-after'])).toBeGreaterThan(0);
    // Another client is not held back.
    expect((await ask(TEST_OPERATOR_TOKEN, '198.51.100.5')).statusCode).toBe(200);
    await fresh.close();
  });
});

describe('the inbox refuses cross-site form posts', () => {
  const post = (cookie: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/inbox/${reference}/messages`,
      headers: {host: HOST, cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers},
      payload: form(fields),
    });
  const messagesFromForce = async () =>
    (await app.inject({method: 'GET', url: '/inbox', headers: {host: HOST, ...OPERATOR}})).body.split('You wrote')
      .length - 1;

  it('refuses a post without the session’s CSRF token, or from another site, and takes one from its own page', async () => {
    const cookie = await signedInCookie();
    const csrf = await csrfFrom(cookie);
    const before = await messagesFromForce();
    expect((await post(cookie, {text: 'A fake force message'})).statusCode).toBe(403);
    expect((await post(cookie, {text: 'A fake force message', _csrf: 'guessed'})).statusCode).toBe(403);
    expect(
      (await post(cookie, {text: 'A fake force message', _csrf: csrf}, {'sec-fetch-site': 'cross-site'})).statusCode,
    ).toBe(403);
    expect(
      (await post(cookie, {text: 'A fake force message', _csrf: csrf}, {origin: 'https://evil.example'})).statusCode,
    ).toBe(403);
    expect(await messagesFromForce()).toBe(before);
    const own = await post(
      cookie,
      {text: 'Thank you for your report.', _csrf: csrf},
      {'sec-fetch-site': 'same-origin', origin: 'http://localhost:8080'},
    );
    expect(own.statusCode).toBe(303);
    expect(await messagesFromForce()).toBe(before + 1);
  });

  it('refuses the revoke and status forms without a session, whatever they carry', async () => {
    for (const what of ['revoke', 'status']) {
      const answer = await app.inject({
        method: 'POST',
        url: `/inbox/${reference}/${what}`,
        headers: {host: HOST, 'content-type': 'application/x-www-form-urlencoded'},
        payload: form({status: 'closed'}),
      });
      expect(answer.statusCode).toBe(401);
    }
  });

  it('ends a session on sign-out, from its own page only', async () => {
    const cookie = await signedInCookie();
    const csrf = await csrfFrom(cookie);
    await app.inject({
      method: 'POST',
      url: '/sign-out',
      headers: {host: HOST, cookie, 'content-type': 'application/x-www-form-urlencoded'},
      payload: form({_csrf: 'forged'}),
    });
    expect((await app.inject({method: 'GET', url: '/inbox', headers: {host: HOST, cookie}})).statusCode).toBe(200);
    await app.inject({
      method: 'POST',
      url: '/sign-out',
      headers: {host: HOST, cookie, 'content-type': 'application/x-www-form-urlencoded'},
      payload: form({_csrf: csrf}),
    });
    expect((await app.inject({method: 'GET', url: '/inbox', headers: {host: HOST, cookie}})).statusCode).toBe(303);
  });
});

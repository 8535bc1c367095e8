import {randomUUID} from 'node:crypto';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {minimalIncident, postIncident, startTestSandbox} from './sandbox-helpers.js';
import {LIMITS} from '../../demo/server/follow/follow-limits.js';
import {UPDATES_PAGE_SIZE} from '../../demo/server/follow/follow-store.js';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';

// Following a report: the code made once for the sender, read and answered
// with the code, a page of the history at a time, the back office's status
// and messages, wrong codes locked out (per client, never the person's own
// code for long), codes revoked.
let app: FastifyInstance;
let logs: string[];
beforeAll(async () => {
  ({app, logs} = await startTestSandbox());
});
afterAll(() => app.close());

/** Sends a report; answers its reference and the key it was sent with. */
async function sent(): Promise<{reference: string; key: string}> {
  const key = randomUUID();
  const answer = await postIncident(app, minimalIncident(), key);
  return {reference: answer.json().data.attributes.customerReferenceNumber, key};
}
const post = (url: string, payload: unknown, ip = '127.0.0.1') =>
  app.inject({method: 'POST', url, payload: payload as object, remoteAddress: ip});

/** The back office, signed in as an operator: JSON, or a form post. */
const inbox = (reference: string, what: string, payload: object | string = {}) =>
  app.inject({
    method: 'POST',
    url: `/inbox/${reference}/${what}`,
    headers: {
      'content-type': typeof payload === 'string' ? 'application/x-www-form-urlencoded' : 'application/json',
      authorization: `Bearer ${TEST_OPERATOR_TOKEN}`,
    },
    payload,
  });

async function followed(): Promise<{reference: string; code: string}> {
  const {reference, key} = await sent();
  const answer = await post('/follow', {reference, submissionKey: key});
  expect(answer.statusCode).toBe(201);
  return {reference, code: answer.json().code};
}

describe('following a report', () => {
  it('makes an access code once, only for the browser that sent the report', async () => {
    const {reference, key} = await sent();
    expect((await post('/follow', {reference, submissionKey: randomUUID()})).statusCode).toBe(403);
    const first = await post('/follow', {reference, submissionKey: key});
    expect(first.statusCode).toBe(201);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.json().code).toMatch(/^[3-9A-Y]{4}-[3-9A-Y]{4}-[3-9A-Y]{4}$/);
    expect((await post('/follow', {reference, submissionKey: key})).json().errors[0].code).toBe('already-following');
  });

  it('shows the status and the conversation for the reference and code, and nothing for the reference alone', async () => {
    const {reference, code} = await followed();
    expect((await post('/status', {reference})).statusCode).toBe(400);
    const status = await post('/status', {reference, code: code.toLowerCase().replaceAll('-', ' ')});
    expect(status.statusCode).toBe(200);
    expect(status.headers['cache-control']).toBe('no-store');
    expect(status.json()).toMatchObject({reference, closed: false, updates: [{kind: 'status', status: 'received'}]});
    // No personal data from the report: only statuses, dates and messages.
    expect(JSON.stringify(status.json())).not.toContain('Alex');
  });

  it('carries the conversation: the force writes and sets statuses, the person replies, the inbox shows it', async () => {
    const {reference, code} = await followed();
    await inbox(reference, 'status', {status: 'crime-reference', text: '42/12345/26'});
    await inbox(reference, 'messages', {text: 'Do you have a photo of the bike?'});
    const reply = await post('/status/messages', {reference, code, text: '<b>Yes</b>, I will upload it'});
    expect(reply.statusCode).toBe(201);
    const updates = (await post('/status', {reference, code})).json().updates;
    expect(
      updates.map((update: {status?: string; text?: string; from: string}) => [
        update.status ?? update.text,
        update.from,
      ]),
    ).toEqual([
      ['received', 'force'],
      ['crime-reference', 'force'],
      ['Do you have a photo of the bike?', 'force'],
      ['<b>Yes</b>, I will upload it', 'person'],
    ]);
    const page = (
      await app.inject({method: 'GET', url: '/inbox', headers: {authorization: `Bearer ${TEST_OPERATOR_TOKEN}`}})
    ).body;
    expect(page).toContain('&#60;b&#62;Yes&#60;/b&#62;, I will upload it');
    expect(page).not.toContain('<b>Yes</b>');
    // A form post from the inbox page goes back to it.
    const form = await inbox(reference, 'status', 'status=closed&text=No+further+action');
    expect(form.statusCode).toBe(303);
    expect((await post('/status', {reference, code})).json().closed).toBe(true);
    expect((await post('/status/messages', {reference, code, text: 'One more thing'})).statusCode).toBe(409);
  });

  it('refuses a wrong code with the same answer as an unknown reference and a revoked code', async () => {
    const {reference, code} = await followed();
    const revoked = await followed();
    await inbox(revoked.reference, 'revoke');
    const answers = [
      await post('/status', {reference, code: 'AAAA-AAAA-AAAA'}, '10.0.0.1'),
      await post('/status', {reference: 'WXYZ-WXYZ', code}, '10.0.0.2'),
      await post('/status', revoked, '10.0.0.3'),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json()).toEqual(answers[0].json());
    }
  });

  describe('wrong codes', () => {
    afterEach(() => vi.useRealTimers());
    /** The clock the limits read, moved by hand (the hashing still runs on the thread pool). */
    const clock = () => {
      vi.useFakeTimers({toFake: ['Date'], now: Date.now()});
      return (ms: number) => vi.setSystemTime(Date.now() + ms);
    };

    it('lock that client out of that report, and only that client', async () => {
      const wait = clock();
      const {reference, code} = await followed();
      for (let attempt = 0; attempt < LIMITS.perPair; attempt++)
        expect((await post('/status', {reference, code: 'AAAA-AAAA-AAAA'}, '10.0.3.1')).statusCode).toBe(401);
      wait(LIMITS.maxSpacingMs);
      // Locked: even the right code, from that client, until the lock ends.
      const locked = await post('/status', {reference, code}, '10.0.3.1');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().errors[0].code).toBe('locked');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
      // The person, elsewhere, is not.
      expect((await post('/status', {reference, code}, '10.0.3.2')).statusCode).toBe(200);
      wait(LIMITS.windowMs);
      expect((await post('/status', {reference, code}, '10.0.3.1')).statusCode).toBe(200);
    });

    it('from many strangers only slow the report down, by seconds, and never keep the right code out for long', async () => {
      const wait = clock();
      const {reference, code} = await followed();
      let slowed = 0;
      for (let stranger = 0; stranger < 60; stranger++) {
        const answer = await post('/status', {reference, code: 'AAAA-AAAA-AAAA'}, `10.0.4.${stranger}`);
        if (answer.statusCode === 429) {
          slowed++;
          expect(answer.json().errors[0].code).toBe('slow-down');
          const seconds = Number(answer.headers['retry-after']);
          expect(seconds).toBeGreaterThanOrEqual(1);
          expect(seconds).toBeLessThanOrEqual(LIMITS.maxSpacingMs / 1000);
          wait(seconds * 1000);
        } else expect(answer.statusCode).toBe(401);
      }
      expect(slowed).toBeGreaterThan(0);
      wait(LIMITS.maxSpacingMs);
      expect((await post('/status', {reference, code: 'AAAA-AAAA-AAAA'}, '10.0.4.99')).statusCode).toBe(401);
      // Right after the last wrong code, the person is asked to wait a few seconds at most; then they are in.
      const held = await post('/status', {reference, code}, '10.0.5.1');
      expect(held.statusCode).toBe(429);
      expect(Number(held.headers['retry-after'])).toBeLessThanOrEqual(LIMITS.maxSpacingMs / 1000);
      wait(Number(held.headers['retry-after']) * 1000);
      expect((await post('/status', {reference, code}, '10.0.5.1')).statusCode).toBe(200);
    });

    it('lock out a client that tries many reports', async () => {
      for (let attempt = 0; attempt < LIMITS.perClient; attempt++)
        await post('/status', {reference: `GUESS-${attempt}`, code: 'AAAA-AAAA-AAAA'}, '10.9.9.9');
      const {reference, code} = await followed();
      const locked = await post('/status', {reference, code}, '10.9.9.9');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().errors[0].code).toBe('locked');
      expect((await post('/status', {reference, code}, '10.9.9.8')).statusCode).toBe(200);
    });
  });

  it('answers a page of the history at a time, and only what is new after the last update seen', async () => {
    const {reference, code} = await followed();
    for (let message = 1; message <= UPDATES_PAGE_SIZE + 10; message++)
      await inbox(reference, 'messages', {text: `Message ${message}`});
    const first = (await post('/status', {reference, code})).json();
    expect(first.updates).toHaveLength(UPDATES_PAGE_SIZE);
    expect(first.more).toBe(true);
    expect(first.updates[0]).toMatchObject({status: 'received'});
    const last = first.updates.at(-1).id;
    const second = (await post('/status', {reference, code, after: last})).json();
    expect(second.updates.map((update: {text: string}) => update.text)).toEqual(
      Array.from({length: 11}, (_, index) => `Message ${UPDATES_PAGE_SIZE + index}`),
    );
    expect(second.more).toBe(false);
    const nothingNew = (await post('/status', {reference, code, after: second.updates.at(-1).id})).json();
    expect(nothingNew).toEqual({reference, updates: [], more: false, closed: false});
    expect((await post('/status', {reference, code, after: -1})).statusCode).toBe(400);
  });

  it('is revoked from the inbox: the code opens nothing after', async () => {
    const {reference, code} = await followed();
    expect((await inbox(reference, 'revoke')).statusCode).toBe(204);
    expect((await post('/status', {reference, code}, '10.7.7.7')).statusCode).toBe(401);
  });

  it('logs no code, message or reference text', async () => {
    const {reference, code} = await followed();
    await post('/status/messages', {reference, code, text: 'My neighbour Alex did it'});
    const log = logs.join('');
    expect(log).not.toContain(code);
    expect(log).not.toContain('Alex did it');
  });
});

import {randomUUID} from 'node:crypto';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {minimalIncident, postIncident, startTestSandbox} from './sandbox-helpers.js';
import {LIMITS} from '../../demo/server/follow/follow-limits.js';
import {UPDATES_PAGE_SIZE} from '../../src/contract/follow.js';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';

// Following a report: the code made once for the sender, read and answered
// with the code, a page of the history at a time, the back office's status
// and messages, wrong codes spaced out (per client and report, by seconds,
// never the person's own code for long), codes revoked.
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
    const WRONG = 'AAAA-AAAA-AAAA';
    afterEach(() => vi.useRealTimers());
    /** The clock the limits read, moved by hand (the hashing still runs on the thread pool). */
    const clock = () => {
      vi.useFakeTimers({toFake: ['Date'], now: Date.now()});
      return (ms: number) => vi.setSystemTime(Date.now() + ms);
    };

    it('space out that client’s tries for that report, growing to a minute at most, and only that client’s', async () => {
      const wait = clock();
      const {reference, code} = await followed();
      const here = '10.0.3.1';
      for (let attempt = 0; attempt < LIMITS.perPair; attempt++)
        expect((await post('/status', {reference, code: WRONG}, here)).statusCode).toBe(401);
      // Then each try, even with the right code, waits after this client's last wrong one: 1, 2, 4, … s, a minute at most.
      const spacings: number[] = [];
      for (let wrong = 0; wrong < 9; wrong++) {
        const held = await post('/status', {reference, code}, here);
        expect(held.statusCode).toBe(429);
        const seconds = Number(held.headers['retry-after']);
        // Short waits the element waits out by itself; longer ones it shows.
        expect(held.json().errors[0].code).toBe(seconds * 1000 <= LIMITS.shortWaitMs ? 'slow-down' : 'locked');
        spacings.push(seconds);
        wait(seconds * 1000 - 1);
        expect((await post('/status', {reference, code}, here)).headers['retry-after']).toBe('1');
        wait(1);
        expect((await post('/status', {reference, code: WRONG}, here)).statusCode).toBe(401);
      }
      expect(spacings).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
      expect(LIMITS.pairMaxSpacingMs).toBe(60_000);
      // The person, elsewhere, is not held back at all.
      expect((await post('/status', {reference, code}, '10.0.3.2')).statusCode).toBe(200);
      // Once the spacing is over, the right code opens, and this client's wrong codes for the report are forgiven.
      wait(LIMITS.pairMaxSpacingMs);
      expect((await post('/status', {reference, code}, here)).statusCode).toBe(200);
      // After a quiet while, all are forgotten: the report's too.
      wait(LIMITS.forgetAfterMs);
      for (let attempt = 0; attempt < LIMITS.perPair; attempt++)
        expect((await post('/status', {reference, code: WRONG}, here)).statusCode).toBe(401);
      expect((await post('/status', {reference, code}, here)).headers['retry-after']).toBe('1');
    });

    it('from strangers space out only the strangers, by seconds, and never a client with none of its own', async () => {
      const wait = clock();
      const {reference, code} = await followed();
      const stranger = (index: number) => `10.0.4.${index}`;
      for (let index = 0; index < LIMITS.reportFree; index++)
        expect((await post('/status', {reference, code: WRONG}, stranger(index))).statusCode).toBe(401);
      // Five wrong codes for the report from anyone: a client with wrong codes of its own waits after its own last
      // one, 1, 2, 4, then at most 8 s as more come (from anyone). Fresh addresses and the person are not held back.
      const spacings: number[] = [];
      for (let index = LIMITS.reportFree; index < LIMITS.reportFree + 5; index++) {
        const held = await post('/status', {reference, code: WRONG}, stranger(0));
        expect(held.statusCode).toBe(429);
        expect(held.json().errors[0].code).toBe('slow-down');
        spacings.push(Number(held.headers['retry-after']));
        expect((await post('/status', {reference, code}, '10.0.5.1')).statusCode).toBe(200);
        expect((await post('/status', {reference, code: WRONG}, stranger(index))).statusCode).toBe(401);
      }
      expect(spacings).toEqual([1, 2, 4, 8, 8]);
      expect(LIMITS.reportMaxSpacingMs).toBe(8000);
      wait(LIMITS.reportMaxSpacingMs - 1);
      expect((await post('/status', {reference, code}, stranger(1))).statusCode).toBe(429);
      expect((await post('/status', {reference, code}, '10.0.5.1')).statusCode).toBe(200);
      wait(1);
      expect((await post('/status', {reference, code: WRONG}, stranger(0))).statusCode).toBe(401);
      // The right code from a stranger's address, once its own wait is over, opens.
      expect((await post('/status', {reference, code}, stranger(1))).statusCode).toBe(200);
    });

    it('for many references do not lock a client out of every report (the rate of status checks holds it)', async () => {
      for (let attempt = 0; attempt < 50; attempt++)
        expect((await post('/status', {reference: `GUESS-${attempt}`, code: WRONG}, '10.9.9.9')).statusCode).toBe(401);
      const {reference, code} = await followed();
      expect((await post('/status', {reference, code}, '10.9.9.9')).statusCode).toBe(200);
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

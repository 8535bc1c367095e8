import {randomUUID} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {minimalIncident, postIncident, startTestSandbox} from './sandbox-helpers.js';
import {LIMITS} from '../../demo/server/follow/follow-limits.js';

// Following a report: the code made once for the sender, read and answered
// with the code, the back office's status and messages, wrong codes locked
// out, codes revoked.
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
    const json = {'content-type': 'application/json'};
    await app.inject({
      method: 'POST',
      url: `/inbox/${reference}/status`,
      headers: json,
      payload: {status: 'crime-reference', text: '42/12345/26'},
    });
    await app.inject({
      method: 'POST',
      url: `/inbox/${reference}/messages`,
      headers: json,
      payload: {text: 'Do you have a photo of the bike?'},
    });
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
    const inbox = (await app.inject({method: 'GET', url: '/inbox'})).body;
    expect(inbox).toContain('&#60;b&#62;Yes&#60;/b&#62;, I will upload it');
    expect(inbox).not.toContain('<b>Yes</b>');
    // A form post from the inbox page goes back to it.
    const form = await app.inject({
      method: 'POST',
      url: `/inbox/${reference}/status`,
      headers: {'content-type': 'application/x-www-form-urlencoded'},
      payload: 'status=closed&text=No+further+action',
    });
    expect(form.statusCode).toBe(303);
    expect((await post('/status', {reference, code})).json().closed).toBe(true);
    expect((await post('/status/messages', {reference, code, text: 'One more thing'})).statusCode).toBe(409);
  });

  it('refuses a wrong code with the same answer as an unknown reference, and locks the report out after five', async () => {
    const {reference, code} = await followed();
    const wrong = await post('/status', {reference, code: 'AAAA-AAAA-AAAA'}, '10.0.0.1');
    const unknown = await post('/status', {reference: 'WXYZ-WXYZ', code}, '10.0.0.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    for (let attempt = 1; attempt < LIMITS.perReference; attempt++)
      await post('/status', {reference, code: 'AAAA-AAAA-AAAA'}, `10.0.1.${attempt}`);
    // Locked: even the right code, from anyone, until the lock ends.
    const locked = await post('/status', {reference, code}, '10.0.2.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().errors[0].code).toBe('locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect((await post('/status', {reference, code}, '10.0.2.2')).statusCode).toBe(429);
  });

  it('locks out a client that tries many reports', async () => {
    for (let attempt = 0; attempt < LIMITS.perClient; attempt++)
      await post('/status', {reference: `GUESS-${attempt}`, code: 'AAAA-AAAA-AAAA'}, '10.9.9.9');
    const {reference, code} = await followed();
    expect((await post('/status', {reference, code}, '10.9.9.9')).statusCode).toBe(429);
    expect((await post('/status', {reference, code}, '10.9.9.8')).statusCode).toBe(200);
  });

  it('is revoked from the inbox: the code opens nothing after', async () => {
    const {reference, code} = await followed();
    await app.inject({
      method: 'POST',
      url: `/inbox/${reference}/revoke`,
      headers: {'content-type': 'application/json'},
      payload: {},
    });
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

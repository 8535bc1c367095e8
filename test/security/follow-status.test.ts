import {randomBytes, randomUUID, scryptSync} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {DEFAULT_RATE_LIMITS} from '../../demo/server/limits/rate-limits.js';
import {minimalIncident, postIncident, startTestSandbox} from '../server/sandbox-helpers.js';

// Following a report, as `npm start` runs it (the default rate limits): one
// client cannot flood the status calls, and checking codes does not stop
// the endpoint serving everyone else.
let app: FastifyInstance;
beforeAll(async () => {
  ({app} = await startTestSandbox({rateLimits: DEFAULT_RATE_LIMITS}));
});
afterAll(() => app.close());

const post = (url: string, payload: object, ip: string) =>
  app.inject({method: 'POST', url, payload, remoteAddress: ip});

async function followed(ip: string): Promise<{reference: string; code: string}> {
  const key = randomUUID();
  const sent = await postIncident(app, minimalIncident(), key);
  const reference = sent.json().data.attributes.customerReferenceNumber;
  return {reference, code: (await post('/follow', {reference, submissionKey: key}, ip)).json().code};
}

describe('following a report, under load', () => {
  // All at once: each check takes tens of milliseconds to hash, and one at a time the bucket would refill meanwhile.
  it('limits status checks per client, with Retry-After, and not the next client', async () => {
    const {reference, code} = await followed('10.1.0.1');
    const {burst} = DEFAULT_RATE_LIMITS.statusChecks;
    const answers = await Promise.all(
      Array.from({length: burst + 5}, () => post('/status', {reference, code}, '10.1.0.1')),
    );
    const refused = answers.filter((answer) => answer.statusCode === 429);
    expect(answers.filter((answer) => answer.statusCode === 200).length).toBeGreaterThanOrEqual(burst);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0].json().errors[0].code).toBe('too-many-requests');
    expect(Number(refused[0].headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await post('/status', {reference, code}, '10.1.0.2')).statusCode).toBe(200);
  });

  it('limits replies per client, whatever they hold', async () => {
    const {reference, code} = await followed('10.2.0.1');
    const {burst} = DEFAULT_RATE_LIMITS.statusReplies;
    const answers = await Promise.all(
      Array.from({length: burst + 5}, (_, reply) =>
        post('/status/messages', {reference, code, text: `Reply ${reply}`}, '10.2.0.1'),
      ),
    );
    expect(answers.filter((answer) => answer.statusCode === 201).length).toBeGreaterThanOrEqual(burst);
    const refused = answers.filter((answer) => answer.statusCode === 429);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0].headers['retry-after']).toBeDefined();
  });

  it('checks codes off the event loop: a quick request is answered while codes are being hashed', async () => {
    const origin = await app.listen({port: 0, host: '127.0.0.1'});
    const call = (body: object) =>
      fetch(new URL('status', origin), {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify(body),
      });
    // What one hash costs on this machine (the sandbox's cost: Node's default scrypt).
    const before = performance.now();
    scryptSync('AAAAAAAAAAAA', randomBytes(16), 32);
    const oneHash = performance.now() - before;
    const reports = await Promise.all(Array.from({length: 8}, (_, index) => followed(`10.3.0.${index}`)));
    // Eight codes, each tens of milliseconds of hashing: on the event loop they would queue everything behind them.
    const hashing = reports.map(({reference}) => call({reference, code: 'AAAA-AAAA-AAAA'}));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const started = performance.now();
    const quick = await call({});
    const waited = performance.now() - started;
    expect(quick.status).toBe(400);
    expect((await Promise.all(hashing)).map((answer) => answer.status)).toEqual(Array(8).fill(401));
    // Behind the hashes it would wait for all eight of them; beside them, for far fewer (the CPU is shared).
    expect(waited).toBeLessThan(4 * oneHash);
  });
});

import {randomUUID} from 'node:crypto';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {FollowLimits, LIMITS} from '../../demo/server/follow/follow-limits.js';
import {DEFAULT_RATE_LIMITS} from '../../demo/server/limits/rate-limits.js';
import {minimalIncident, postIncident, startTestSandbox} from '../server/sandbox-helpers.js';

// Wrong access codes, as `npm start` runs (the default rate limits): a stranger who shares the person's address, or
// guesses at their report from many addresses, cannot keep the person out; and codes sent all at once are counted
// before any of them is checked.
let app: FastifyInstance;
beforeAll(async () => {
  ({app} = await startTestSandbox({rateLimits: DEFAULT_RATE_LIMITS}));
});
afterAll(() => app.close());
afterEach(() => vi.useRealTimers());

const WRONG = 'AAAA-AAAA-AAAA';
const post = (payload: object, ip: string) => app.inject({method: 'POST', url: '/status', payload, remoteAddress: ip});

async function followed(): Promise<{reference: string; code: string}> {
  const key = randomUUID();
  const sent = await postIncident(app, minimalIncident(), key);
  const reference = sent.json().data.attributes.customerReferenceNumber;
  const answer = await app.inject({method: 'POST', url: '/follow', payload: {reference, submissionKey: key}});
  expect(answer.statusCode).toBe(201);
  return {reference, code: answer.json().code};
}

/** The clock the follow limits read, moved by hand (the rate limits' buckets keep real time). */
const clock = () => {
  vi.useFakeTimers({toFake: ['Date'], now: Date.now()});
  return (ms: number) => vi.setSystemTime(Date.now() + ms);
};

describe('wrong access codes', () => {
  it('guessed for made-up references from the person’s own address (shared Wi-Fi, carrier NAT) do not lock the person out', async () => {
    const shared = '10.40.0.1';
    for (let guess = 0; guess < 20; guess++)
      expect((await post({reference: `MADE-${guess}`, code: WRONG}, shared)).statusCode).toBe(401);
    const {reference, code} = await followed();
    expect((await post({reference, code}, shared)).statusCode).toBe(200);
    // What holds a client guessing across references is the rate of status checks (30 at once, then one per 2 s).
    const {burst} = DEFAULT_RATE_LIMITS.statusChecks;
    const answers = [];
    for (let guess = 20; guess < burst + 1; guess++)
      answers.push(await post({reference: `MADE-${guess}`, code: WRONG}, shared));
    const refused = answers.at(-1)!;
    expect(refused.statusCode).toBe(429);
    expect(refused.json().errors[0].code).toBe('too-many-requests');
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(1 / DEFAULT_RATE_LIMITS.statusChecks.perSecond);
  });

  it('from strangers never hold back a client with no wrong codes of its own for the report', async () => {
    const wait = clock();
    const {reference, code} = await followed();
    // The attack: strangers from ever new addresses, each sending a wrong code, then another as soon as it may.
    for (let stranger = 0; stranger < 20; stranger++) {
      const address = `10.41.0.${stranger}`;
      expect((await post({reference, code: WRONG}, address)).statusCode).toBe(401);
      const again = await post({reference, code: WRONG}, address);
      if (again.statusCode === 429) {
        expect(again.json().errors[0].code).toBe('slow-down');
        // A client with no wrong codes of its own, right then: in at once.
        expect((await post({reference, code}, `10.41.3.${stranger}`)).statusCode).toBe(200);
        wait(Number(again.headers['retry-after']) * 1000);
        expect((await post({reference, code: WRONG}, address)).statusCode).toBe(401);
      } else expect(again.statusCode).toBe(401);
      // …and right after each wrong code: in at once, whether it has checked before (the person, polling) or not.
      expect((await post({reference, code}, '10.41.1.1')).statusCode).toBe(200);
      expect((await post({reference, code}, `10.41.2.${stranger}`)).statusCode).toBe(200);
    }
  });

  it('from strangers hold back a person who once mistyped by seconds after their own mistake, never longer', async () => {
    const wait = clock();
    const {reference, code} = await followed();
    for (let stranger = 0; stranger < 10; stranger++)
      expect((await post({reference, code: WRONG}, `10.42.0.${stranger}`)).statusCode).toBe(401);
    const person = '10.42.1.1';
    expect((await post({reference, code: 'BBBB-BBBB-BBBB'}, person)).statusCode).toBe(401);
    // Strangers keep guessing, from new addresses, every half second.
    let stranger = 10;
    const guessFor = async (ms: number) => {
      for (let elapsed = 0; elapsed < ms; elapsed += 500) {
        wait(500);
        await post({reference, code: WRONG}, `10.42.0.${stranger++}`);
      }
    };
    await guessFor(1000);
    const held = await post({reference, code}, person);
    expect(held.statusCode).toBe(429);
    expect(held.json().errors[0].code).toBe('slow-down');
    // Short enough for the element to wait by itself (10 s or less), counted from the person's own wrong code.
    expect(Number(held.headers['retry-after'])).toBe(LIMITS.reportMaxSpacingMs / 1000 - 1);
    await guessFor(LIMITS.reportMaxSpacingMs - 1000);
    expect((await post({reference, code}, person)).statusCode).toBe(200);
  });

  it('sent all at once from one client are counted before any is checked: five get an answer, the rest wait', async () => {
    const {reference, code} = await followed();
    const {burst} = DEFAULT_RATE_LIMITS.statusChecks;
    const answers = await Promise.all(Array.from({length: burst}, () => post({reference, code: WRONG}, '10.43.0.1')));
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(LIMITS.perPair);
    expect(statuses.filter((status) => status === 429)).toHaveLength(burst - LIMITS.perPair);
    for (const refused of answers.filter((answer) => answer.statusCode === 429)) {
      expect(refused.json().errors[0].code).toBe('slow-down');
      expect(Number(refused.headers['retry-after'])).toBe(1);
    }
    // The person, elsewhere, is not held back.
    expect((await post({reference, code}, '10.43.0.2')).statusCode).toBe(200);
  });

  it('for made-up references cost bounded memory: quiet tallies are forgotten, and there are never more than the cap', async () => {
    let now = 0;
    const limits = new FollowLimits(() => now);
    const guess = async (index: number) => {
      const verdict = await limits.attempt(`MADE-${index}`, `10.44.${index >> 8}.${index & 255}`);
      expect(verdict.allowed).toBe(true);
      if (verdict.allowed) verdict.done('wrong');
    };
    for (let index = 0; index < 1000; index++) await guess(index);
    // One for the client and the reference, one for the reference.
    expect(limits.size).toBe(2000);
    now += LIMITS.forgetAfterMs;
    await guess(1000);
    expect(limits.size).toBe(2);
    const cap = LIMITS.maxTallies;
    LIMITS.maxTallies = 100;
    try {
      for (let index = 0; index < 1000; index++) await guess(index);
      expect(limits.size).toBe(100);
    } finally {
      LIMITS.maxTallies = cap;
    }
  });
});

import {randomUUID} from 'node:crypto';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {startSettings} from '../../demo/server/start-options.js';
import {OPERATOR, startHardenedSandbox, stillServes, validReport} from './security-sandbox.js';

// Input no endpoint should ever take badly: each gets a 4xx the sender must not retry (never a 500 a client would
// retry), and the process goes on serving.
let app: FastifyInstance;
beforeAll(async () => {
  ({app} = await startHardenedSandbox());
});
afterAll(() => app.close());

const sendReport = (payload: string, key: string = randomUUID(), host = 'localhost:8080') =>
  app.inject({
    method: 'POST',
    url: '/incidents',
    headers: {host, 'content-type': 'application/vnd.api+json', 'idempotency-key': key},
    payload,
  });

const stored = async () =>
  (await app.inject({method: 'GET', url: '/inbox.json', headers: OPERATOR})).json().data as Array<{
    id: string;
    document: Record<string, unknown>;
  }>;

describe('DNS rebinding: a Host the sandbox does not serve', () => {
  it('is refused for the API, the inbox and the pages alike', async () => {
    for (const url of ['/inbox.json', '/forces/locate?postcode=CM1%201AA', '/', '/chat/status'])
      expect(
        (await app.inject({method: 'GET', url, headers: {host: 'evil.example:8080', ...OPERATOR}})).statusCode,
      ).toBe(421);
    expect((await sendReport(JSON.stringify(validReport()), randomUUID(), 'evil.example')).statusCode).toBe(421);
    expect((await app.inject({method: 'GET', url: '/', headers: {host: 'localhost@evil.example'}})).statusCode).toBe(
      421,
    );
    expect(await stillServes(app)).toBe(true);
  });

  it('serves only the configured public origin’s host when one is set', async () => {
    const {app: deployed} = await startHardenedSandbox({publicOrigin: 'https://sandbox.force.example'});
    const ask = (host: string) =>
      deployed.inject({method: 'GET', url: '/forces/locate?postcode=CM1%201AA', headers: {host}});
    expect((await ask('sandbox.force.example')).statusCode).toBe(200);
    expect((await ask('localhost:8080')).statusCode).toBe(421);
    expect((await ask('evil.example')).statusCode).toBe(421);
    await deployed.close();
  });
});

describe('malformed input is a 400, never a 500', () => {
  it('refuses JSON nested 200,000 deep, as JSON:API and as plain JSON, and goes on serving', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const report = await sendReport(`{"data":${deep}}`);
    expect(report.statusCode).toBe(400);
    expect(report.json().errors[0].code).toBe('too-deep');
    const status = await app.inject({
      method: 'POST',
      url: '/status',
      headers: {'content-type': 'application/json'},
      payload: `{"reference":${deep}}`,
    });
    expect(status.statusCode).toBe(400);
    expect(await stillServes(app)).toBe(true);
  });

  it('takes deep nesting inside a string as text', async () => {
    const document = validReport();
    document.data.attributes.incidentDescription =
      '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{';
    expect((await sendReport(JSON.stringify(document))).statusCode).toBe(201);
  });

  it('refuses a repeated query parameter', async () => {
    const postcode = await app.inject({method: 'GET', url: '/addresses?postcode=CM1%201AA&postcode=CM1%201AB'});
    expect(postcode.statusCode).toBe(400);
    expect(postcode.json().errors[0].code).toBe('repeated-parameter');
    const locate = await app.inject({method: 'GET', url: '/forces/locate?postcode=CM1%201AA&postcode=x'});
    expect(locate.statusCode).toBe(400);
    const fee = await app.inject({method: 'GET', url: '/payments/fee?items=firearm-grant&items=shotgun-grant'});
    expect(fee.statusCode).toBe(400);
    expect(await stillServes(app)).toBe(true);
  });
});

describe('what is stored', () => {
  it('takes an idempotency key in capitals as the same key: one report, the same answer', async () => {
    const key = randomUUID();
    const body = JSON.stringify(validReport());
    const before = (await stored()).length;
    const first = await sendReport(body, key);
    const again = await sendReport(body, key.toUpperCase());
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().data.id).toBe(first.json().data.id);
    expect((await stored()).length).toBe(before + 1);
  });

  it('stores the checked document, not members it does not know', async () => {
    const body = JSON.stringify(validReport()).replace(
      '"data":{',
      '"__proto__":{"isOperator":true},"smuggled":"x","data":{"constructor":{"prototype":{"polluted":true}},',
    );
    const sent = await sendReport(body);
    expect(sent.statusCode).toBe(201);
    const document = (await stored()).find((entry) => entry.id === sent.json().data.id)!.document;
    const text = JSON.stringify(document);
    expect(text).not.toContain('__proto__');
    expect(text).not.toContain('smuggled');
    expect(text).not.toContain('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('switches for tests', () => {
  it('do not exist in a sandbox that is not built for tests, nor in npm start’s settings', async () => {
    expect(startSettings({}, path.resolve('.')).options.testRoutes).toBeUndefined();
    for (const [method, url, payload] of [
      ['POST', '/__faults', {incidents: {status: 503}}],
      ['GET', '/__faults', undefined],
      ['DELETE', '/__faults', undefined],
      ['PUT', '/__plain-upload', 'bytes'],
      ['POST', '/__chat/drop', {forMs: 60_000}],
      ['POST', '/__payments/clock', {advanceMs: 2 ** 53}],
    ] as const) {
      const answer = await app.inject({method, url, payload: payload as never});
      expect([url, answer.statusCode]).toEqual([url, 404]);
    }
    // And the payments still work: the clock was not moved.
    const fee = await app.inject({method: 'GET', url: '/payments/fee?items=firearm-grant'});
    expect(fee.statusCode).toBe(200);
  });

  it('exist when built for tests, and the clock refuses a jump that would break every payment', async () => {
    const {app: forTests} = await startHardenedSandbox({testRoutes: true});
    expect((await forTests.inject({method: 'GET', url: '/__faults'})).statusCode).toBe(200);
    const jump = await forTests.inject({
      method: 'POST',
      url: '/__payments/clock',
      payload: {advanceMs: Number.MAX_SAFE_INTEGER},
    });
    expect(jump.statusCode).toBe(422);
    await forTests.close();
  });

  it('npm start makes an operator token when none is given, and takes the one given', () => {
    const made = startSettings({}, '.');
    expect(made.tokenWasMade).toBe(true);
    expect(made.options.operatorToken.length).toBeGreaterThanOrEqual(32);
    expect(startSettings({}, '.').options.operatorToken).not.toBe(made.options.operatorToken);
    const given = startSettings({SOH_OPERATOR_TOKEN: 'a-force-chosen-secret-0123'}, '.');
    expect([given.tokenWasMade, given.options.operatorToken]).toEqual([false, 'a-force-chosen-secret-0123']);
  });
});

import {randomUUID} from 'node:crypto';
import type {FastifyInstance} from 'fastify';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {customerReferencePattern} from '../../demo/server/incidents/customer-reference.js';
import {asOperator, minimalIncident, postIncident, startTestSandbox} from './sandbox-helpers.js';

let app: FastifyInstance;
let logs: string[];

beforeEach(async () => {
  ({app, logs} = await startTestSandbox());
});
afterEach(async () => {
  await app.close();
});

async function inboxCount(): Promise<number> {
  return (await app.inject({method: 'GET', url: '/inbox.json', headers: asOperator})).json().data.length;
}

describe('POST /incidents', () => {
  it('stores a valid document and answers 201 with a readable, unambiguous reference', async () => {
    const response = await postIncident(app, minimalIncident());
    expect(response.statusCode).toBe(201);
    expect(response.headers['content-type']).toContain('application/vnd.api+json');
    const {data} = response.json();
    expect(data.type).toBe('submission');
    expect(data.attributes.customerReferenceNumber).toMatch(customerReferencePattern);
    expect(Date.parse(data.attributes.receivedAt)).not.toBeNaN();
    const inbox = (await app.inject({method: 'GET', url: '/inbox.json', headers: asOperator})).json().data;
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      customerReferenceNumber: data.attributes.customerReferenceNumber,
      forceIdentifier: '42',
      category: 'OCR',
    });
    expect(inbox[0].document).toEqual(minimalIncident());
  });

  it('replays the first answer for the same key and body, storing nothing twice', async () => {
    const key = randomUUID();
    const first = await postIncident(app, minimalIncident(), key);
    // The same document with its keys in another order and other spacing is the same body.
    const reordered = JSON.stringify({included: minimalIncident().included, data: minimalIncident().data}, null, 2);
    const second = await postIncident(app, reordered, key);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(await inboxCount()).toBe(1);
  });

  it('answers 409 for the same key with another body', async () => {
    const key = randomUUID();
    await postIncident(app, minimalIncident(), key);
    const changed = minimalIncident();
    changed.data.attributes.incidentDescription = 'Something else';
    const response = await postIncident(app, changed, key);
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0].code).toBe('idempotency-key-reused');
    expect(await inboxCount()).toBe(1);
  });

  it('gives two different submissions two different references', async () => {
    const one = (await postIncident(app, minimalIncident())).json().data.attributes.customerReferenceNumber;
    const two = (await postIncident(app, minimalIncident())).json().data.attributes.customerReferenceNumber;
    expect(one).not.toBe(two);
    expect(await inboxCount()).toBe(2);
  });

  it('answers 400 with a JSON:API error for malformed JSON', async () => {
    const response = await postIncident(app, '{"data": {');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({status: '400', code: 'malformed-json'});
  });

  it('answers 400 without an Idempotency-Key', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/incidents',
      headers: {'content-type': 'application/vnd.api+json'},
      payload: JSON.stringify(minimalIncident()),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].code).toBe('idempotency-key');
  });

  it('answers 415 for a body that is not sent as JSON:API', async () => {
    const response = await postIncident(app, minimalIncident(), randomUUID(), 'application/json');
    expect(response.statusCode).toBe(415);
    expect(response.json().errors[0].code).toBe('unsupported-media-type');
    expect(await inboxCount()).toBe(0);
  });

  it('answers 422 with a pointer for a relationship to a missing entity', async () => {
    const document = minimalIncident();
    (document.data.relationships as {personReporting: {data: {id: string}[]}}).personReporting.data[0].id = 'missing';
    const response = await postIncident(app, document);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({
      code: 'broken-relationship',
      source: {pointer: '/data/relationships/personReporting/data/0'},
    });
    expect(await inboxCount()).toBe(0);
  });

  it('answers 422 naming each missing submission field', async () => {
    const document = minimalIncident();
    const index = document.included.findIndex((entity) => entity.type === 'submission');
    const submission = document.included[index] as {attributes: Record<string, unknown>};
    delete submission.attributes.forceIdentifier;
    submission.attributes.submitTime = 'yesterday';
    const response = await postIncident(app, document);
    expect(response.statusCode).toBe(422);
    const pointers = response.json().errors.map((error: {source: {pointer: string}}) => error.source.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        `/included/${index}/attributes/forceIdentifier`,
        `/included/${index}/attributes/submitTime`,
      ]),
    );
  });

  it('answers 422 when there is no submission entity, or data is not an incident', async () => {
    const withoutSubmission = minimalIncident();
    withoutSubmission.included = withoutSubmission.included.filter((entity) => entity.type !== 'submission');
    delete (withoutSubmission.data.relationships as Record<string, unknown>).submission;
    const missing = await postIncident(app, withoutSubmission);
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].source.pointer).toBe('/included');

    const notIncident = minimalIncident();
    notIncident.data.type = 'person';
    const wrongType = await postIncident(app, notIncident);
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json().errors[0].source.pointer).toBe('/data/type');
  });

  it("answers 422 with a pointer where the document breaks its service's schema", async () => {
    const document = minimalIncident();
    document.data.attributes.weaponInvolved = 'perhaps';
    const personIndex = document.included.findIndex((entity) => entity.type === 'person');
    (document.included[personIndex] as {attributes: Record<string, unknown>}).attributes.surname = '';
    const response = await postIncident(app, document);
    expect(response.statusCode).toBe(422);
    const pointers = response.json().errors.map((error: {source: {pointer: string}}) => error.source.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/data/attributes/weaponInvolved', `/included/${personIndex}/attributes/surname`]),
    );
    expect(await inboxCount()).toBe(0);
  });

  it('takes a conforming document of a category this library has no service for (another sender’s)', async () => {
    const document = minimalIncident();
    (
      document.included.find((entity) => entity.type === 'submission') as {attributes: Record<string, unknown>}
    ).attributes.category = 'HCR';
    const response = await postIncident(app, document);
    expect(response.statusCode).toBe(201);
    const inbox = (await app.inject({method: 'GET', url: '/inbox.json', headers: asOperator})).json().data;
    expect(inbox.find((entry: {id: string}) => entry.id === response.json().data.id).category).toBe('HCR');
  });

  it('holds a document of one of its services to that service’s rules, with a pointer', async () => {
    const document = minimalIncident();
    delete (document.data.attributes as Record<string, unknown>).incidentDescription;
    const response = await postIncident(app, document);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].source.pointer).toBe('/data/attributes/incidentDescription');
    expect(await inboxCount()).toBe(0);
  });

  it('answers 422 for a force code no force has', async () => {
    const document = minimalIncident();
    (
      document.included.find((entity) => entity.type === 'submission') as {attributes: Record<string, unknown>}
    ).attributes.forceIdentifier = 99;
    const response = await postIncident(app, document);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].code).toBe('unknown-force');
  });

  it('answers 413 for an oversized body', async () => {
    const document = minimalIncident();
    document.data.attributes.incidentDescription = 'x'.repeat(2 * 1024 * 1024);
    const response = await postIncident(app, document);
    expect(response.statusCode).toBe(413);
    expect(response.json().errors[0].code).toBe('too-large');
  });

  it('logs ids and codes, never what the person wrote', async () => {
    const document = minimalIncident();
    document.data.attributes.incidentDescription = 'My neighbour Jo Bloggs at 12 Acacia Avenue';
    await postIncident(app, document);
    await app.inject({method: 'GET', url: '/inbox.json?postcode=SW1A%201AA', headers: asOperator});
    const logged = logs.join('\n');
    expect(logged).toContain('incident stored');
    expect(logged).not.toContain('Bloggs');
    expect(logged).not.toContain('Acacia');
    expect(logged).not.toContain('Alex');
    expect(logged).not.toContain('SW1A');
  });

  it('allows the configured origins only (CORS)', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/incidents',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      });
    const allowed = await preflight('http://localhost:6006');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:6006');
    expect(String(allowed.headers['access-control-allow-headers']).toLowerCase()).toContain('idempotency-key');
    const refused = await preflight('https://attacker.example');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the fault switch', () => {
  it('fails the next sends with the status and Retry-After asked for, storing nothing, then recovers', async () => {
    const set = await app.inject({
      method: 'POST',
      url: '/__faults',
      payload: {incidents: {fail: 2, status: 503, retryAfter: 1}},
    });
    expect(set.statusCode).toBe(204);
    const key = randomUUID();
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await postIncident(app, minimalIncident(), key);
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('1');
    }
    expect(await inboxCount()).toBe(0);
    expect((await postIncident(app, minimalIncident(), key)).statusCode).toBe(201);
  });

  it('aims a fault at one incident only, leaving every other send alone', async () => {
    const aimed = {...minimalIncident(), data: {...minimalIncident().data, id: randomUUID()}};
    const other = {...minimalIncident(), data: {...minimalIncident().data, id: randomUUID()}};
    await app.inject({method: 'POST', url: '/__faults', payload: {incidents: {fail: 1, incidentId: aimed.data.id}}});
    expect((await postIncident(app, other, randomUUID())).statusCode).toBe(201);
    expect((await postIncident(app, aimed, randomUUID())).statusCode).toBe(503);
    expect((await postIncident(app, aimed, randomUUID())).statusCode).toBe(201);
  });

  it('refuses a fault it does not know', async () => {
    const response = await app.inject({method: 'POST', url: '/__faults', payload: {incidents: {explode: true}}});
    expect(response.statusCode).toBe(422);
  });

  it('stores, then cuts the connection; a retry with the same key gets the stored answer (over real HTTP)', async () => {
    await app.inject({method: 'POST', url: '/__faults', payload: {incidents: {dropAfterStore: 1}}});
    const address = await app.listen({port: 0, host: '127.0.0.1'});
    const key = randomUUID();
    const send = () =>
      fetch(`${address}/incidents`, {
        method: 'POST',
        headers: {'content-type': 'application/vnd.api+json', 'idempotency-key': key},
        body: JSON.stringify(minimalIncident()),
      });
    await expect(send()).rejects.toThrow();
    expect(await inboxCount()).toBe(1);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(await inboxCount()).toBe(1);
  });
});

describe('the inbox', () => {
  it('renders what people wrote as text, never as markup', async () => {
    const document = minimalIncident();
    document.data.attributes.incidentDescription = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await postIncident(app, document);
    const page = await app.inject({method: 'GET', url: '/inbox', headers: asOperator});
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('lists newest first', async () => {
    const first = (await postIncident(app, minimalIncident())).json().data.id;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = (await postIncident(app, minimalIncident())).json().data.id;
    const ids = (await app.inject({method: 'GET', url: '/inbox.json', headers: asOperator}))
      .json()
      .data.map((entry: {id: string}) => entry.id);
    expect(ids).toEqual([second, first]);
  });
});

describe('GET /addresses', () => {
  it('finds the addresses at a postcode however it is typed', async () => {
    const response = await app.inject({method: 'GET', url: '/addresses?postcode=cm11aa'});
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json().data.map((address: {line1: string}) => address.line1)).toEqual([
      '1 Example Street',
      '2 Example Street',
      'Flat 1',
    ]);
  });

  it('answers an empty list for a postcode with no addresses, and 400 for one that is not a postcode', async () => {
    expect((await app.inject({method: 'GET', url: '/addresses?postcode=ZZ9%209ZZ'})).json().data).toEqual([]);
    const invalid = await app.inject({method: 'GET', url: '/addresses?postcode=hello'});
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].code).toBe('invalid-postcode');
  });

  it('never logs the postcode', async () => {
    await app.inject({method: 'GET', url: '/addresses?postcode=CF10%201AA'});
    expect(logs.join('\n')).not.toContain('CF10');
  });
});

describe('GET /forces/locate', () => {
  it('names the force that covers a postcode', async () => {
    expect((await app.inject({method: 'GET', url: '/forces/locate?postcode=np20%201aa'})).json()).toEqual({
      data: {type: 'force', id: 'gwent'},
    });
    expect((await app.inject({method: 'GET', url: '/forces/locate?postcode=B1%201AA'})).json().data.id).toBe(
      'west-midlands',
    );
  });

  it('answers 404 where no force is known, and 400 for what is not a postcode', async () => {
    expect((await app.inject({method: 'GET', url: '/forces/locate?postcode=ZE1%200AA'})).statusCode).toBe(404);
    expect((await app.inject({method: 'GET', url: '/forces/locate?postcode=nope'})).statusCode).toBe(400);
  });
});

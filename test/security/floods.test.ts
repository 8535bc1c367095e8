import {randomUUID} from 'node:crypto';
import {readdirSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {DEFAULT_RATE_LIMITS} from '../../demo/server/limits/rate-limits.js';
import {startHardenedSandbox, stillServes, validReport} from './security-sandbox.js';

// One client cannot flood the endpoint: each kind of request has its own limit per client, answered with 429 and
// Retry-After (the elements wait that long, then retry with the same key), and the endpoint goes on serving others.
let app: FastifyInstance | undefined;
afterEach(() => app?.close());

const report = (sandbox: FastifyInstance, headers: Record<string, string> = {}, remoteAddress = '203.0.113.7') =>
  sandbox.inject({
    method: 'POST',
    url: '/incidents',
    remoteAddress,
    headers: {'content-type': 'application/vnd.api+json', 'idempotency-key': randomUUID(), ...headers},
    payload: JSON.stringify(validReport()),
  });

const tusCreate = (sandbox: FastifyInstance, length: number, remoteAddress = '203.0.113.7') =>
  sandbox.inject({
    method: 'POST',
    url: '/uploads',
    remoteAddress,
    headers: {
      'tus-resumable': '1.0.0',
      'upload-length': String(length),
      'upload-metadata': [
        `filename ${Buffer.from('photo.jpg').toString('base64')}`,
        `filetype ${Buffer.from('image/jpeg').toString('base64')}`,
        `sha256 ${Buffer.from('a'.repeat(64)).toString('base64')}`,
      ].join(','),
    },
  });

describe('reports', () => {
  it('are limited per client: the burst is stored, then 429 with Retry-After, while another client still sends', async () => {
    ({app} = await startHardenedSandbox());
    const burst = DEFAULT_RATE_LIMITS.reports.burst;
    const statuses: number[] = [];
    for (let index = 0; index < burst + 5; index++) statuses.push((await report(app)).statusCode);
    expect(statuses.slice(0, burst).every((status) => status === 201)).toBe(true);
    expect(statuses.slice(burst)).toEqual([429, 429, 429, 429, 429]);
    const refused = await report(app);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.json().errors[0].code).toBe('too-many-requests');
    expect((await report(app, {}, '198.51.100.9')).statusCode).toBe(201);
    expect(await stillServes(app)).toBe(true);
  });

  it('count the client a trusted proxy names, and only a trusted proxy', async () => {
    ({app} = await startHardenedSandbox({
      trustedProxies: 'loopback',
      rateLimits: {reports: {burst: 2, perSecond: 0.001}},
    }));
    const viaProxy = (client: string) => report(app!, {'x-forwarded-for': client}, '127.0.0.1');
    expect([(await viaProxy('203.0.113.1')).statusCode, (await viaProxy('203.0.113.1')).statusCode]).toEqual([
      201, 201,
    ]);
    expect((await viaProxy('203.0.113.1')).statusCode).toBe(429);
    expect((await viaProxy('203.0.113.2')).statusCode).toBe(201);
    await app.close();
    // Without a trusted proxy, a client naming itself anew each time is still one client.
    ({app} = await startHardenedSandbox({rateLimits: {reports: {burst: 2, perSecond: 0.001}}}));
    const spoofed: number[] = [];
    for (let index = 0; index < 3; index++)
      spoofed.push((await report(app, {'x-forwarded-for': `203.0.113.${index}`}, '198.51.100.5')).statusCode);
    expect(spoofed).toEqual([201, 201, 429]);
  });
});

describe('clients on IPv6', () => {
  it('are counted by their /64 network, so one home cannot be 2^64 clients', async () => {
    ({app} = await startHardenedSandbox({rateLimits: {reports: {burst: 2, perSecond: 0.001}}}));
    const sameHome = ['2001:db8:1:2::a', '2001:db8:1:2:ffff:1:2:3', '2001:db8:1:2::beef'];
    const statuses: number[] = [];
    for (const address of sameHome) statuses.push((await report(app, {}, address)).statusCode);
    expect(statuses).toEqual([201, 201, 429]);
    expect((await report(app, {}, '2001:db8:1:3::a')).statusCode).toBe(201);
  });
});

describe('uploads', () => {
  it('are limited per client in number', async () => {
    ({app} = await startHardenedSandbox());
    const burst = DEFAULT_RATE_LIMITS.uploads.burst;
    const statuses: number[] = [];
    for (let index = 0; index < burst + 2; index++) statuses.push((await tusCreate(app, 1024)).statusCode);
    expect(statuses.slice(0, burst).every((status) => status === 201)).toBe(true);
    expect(statuses.slice(burst)).toEqual([429, 429]);
    expect((await tusCreate(app, 1024, '198.51.100.9')).statusCode).toBe(201);
  });

  it('are limited per client in the bytes they set aside: not 50 uploads of 4 GB', async () => {
    ({app} = await startHardenedSandbox());
    const fourGb = 4 * 1024 ** 3;
    const statuses: number[] = [];
    for (let index = 0; index < 50; index++) statuses.push((await tusCreate(app, fourGb)).statusCode);
    const accepted = statuses.filter((status) => status === 201).length;
    expect(accepted).toBe(Math.floor(DEFAULT_RATE_LIMITS.uploadBytes.burst / fourGb));
    expect(statuses.slice(accepted).every((status) => status === 429)).toBe(true);
    expect(await stillServes(app)).toBe(true);
  });

  it('are checked against a SHA-256 sent afterwards no more often than they are created', async () => {
    ({app} = await startHardenedSandbox());
    const burst = DEFAULT_RATE_LIMITS.uploads.burst;
    const created = await tusCreate(app, 1024);
    const confirm = (remoteAddress = '203.0.113.7') =>
      app!.inject({
        method: 'POST',
        url: `${String(created.headers.location)}/sha256`,
        remoteAddress,
        headers: {'content-type': 'text/plain'},
        payload: 'b'.repeat(64),
      });
    const statuses: number[] = [];
    for (let index = 0; index < burst + 2; index++) statuses.push((await confirm()).statusCode);
    // Bytes still to come: each says so, until the client has asked as often as it may create uploads.
    expect(statuses.slice(0, burst).every((status) => status === 409)).toBe(true);
    expect(statuses.slice(burst)).toEqual([429, 429]);
    expect((await confirm('198.51.100.9')).statusCode).toBe(409);
    expect(await stillServes(app)).toBe(true);
  });

  it('that are never finished are removed while the sandbox runs, not only when it stops', async () => {
    const sandbox = await startHardenedSandbox({unfinishedUploadsExpireAfterMs: 200});
    app = sandbox.app;
    const created = await tusCreate(app, 1024);
    expect(created.statusCode).toBe(201);
    const id = String(created.headers.location).split('/').pop()!;
    expect(readdirSync(sandbox.uploadDirectory)).toContain(id);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(readdirSync(sandbox.uploadDirectory).filter((file) => file.startsWith(id))).toEqual([]);
  });
});

import {createHash, randomBytes} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {FastifyInstance} from 'fastify';
import * as tus from 'tus-js-client';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {asOperator, startTestSandbox} from './sandbox-helpers.js';

// Evidence uploads over real HTTP, with tus-js-client, against the sandbox's
// @tus/server: stored byte for byte, hash checked on completion, resumable.
let app: FastifyInstance;
let origin: string;
let uploadDirectory: string;
let logs: string[];

beforeEach(async () => {
  ({app, logs, uploadDirectory} = await startTestSandbox());
  origin = await app.listen({port: 0, host: '127.0.0.1'});
});
afterEach(async () => {
  await app.close();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function upload(
  bytes: Buffer,
  metadata: Record<string, string>,
  options: Partial<tus.UploadOptions> = {},
): Promise<{url: string}> {
  return new Promise((resolve, reject) => {
    const sending = new tus.Upload(bytes, {
      endpoint: `${origin}/uploads`,
      metadata,
      chunkSize: 4 * 1024 * 1024,
      retryDelays: [0, 100, 200],
      onSuccess: () => resolve({url: sending.url!}),
      onError: reject,
      ...options,
    });
    sending.start();
  });
}

const idOf = (url: string) => url.split('/').pop()!;

describe('evidence uploads (tus 1.0)', () => {
  it('stores the file byte for byte when its SHA-256 is the one declared, and serves it back', async () => {
    const bytes = randomBytes(9 * 1024 * 1024);
    const {url} = await upload(bytes, {filename: 'front.jpg', filetype: 'image/jpeg', sha256: sha256(bytes)});
    expect(url).toMatch(/\/uploads\/[0-9a-f]+$/);
    expect(readFileSync(path.join(uploadDirectory, idOf(url))).equals(bytes)).toBe(true);
    const head = await fetch(url, {method: 'HEAD', headers: {'Tus-Resumable': '1.0.0'}});
    expect(head.headers.get('upload-offset')).toBe(String(bytes.length));
    // Served back only as a download, never rendered.
    const download = await fetch(url, {headers: asOperator});
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(download.headers.get('content-disposition')).toBe('attachment');
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    // The log says what happened, never the file's name.
    expect(logs.join('')).not.toContain('front.jpg');
  });

  it('refuses and removes a file whose bytes are not the ones declared', async () => {
    const bytes = randomBytes(1024 * 1024);
    const wrong = sha256(Buffer.from('something else'));
    const failure = await upload(bytes, {filename: 'a.jpg', filetype: 'image/jpeg', sha256: wrong}).catch(
      (error: tus.DetailedError) => error,
    );
    expect((failure as tus.DetailedError).originalResponse?.getStatus()).toBe(460);
    expect((failure as tus.DetailedError).originalResponse?.getBody()).toContain('SHA-256 differs');
    const id = idOf((failure as tus.DetailedError).originalRequest!.getURL());
    expect(existsSync(path.join(uploadDirectory, id))).toBe(false);
  });

  it('takes a file hashed while it was sent: its SHA-256 once every byte is in, and only then serves it', async () => {
    const bytes = randomBytes(9 * 1024 * 1024);
    const {url} = await upload(bytes, {filename: 'dashcam.mp4', filetype: 'video/mp4'});
    // Every byte is in, but nobody has said what the file is: not evidence yet.
    expect((await fetch(url, {headers: asOperator})).status).toBe(404);
    const confirm = (hash: string) =>
      fetch(`${url}/sha256`, {method: 'POST', headers: {'Content-Type': 'text/plain'}, body: hash});
    const confirmed = await confirm(sha256(bytes));
    expect(confirmed.status).toBe(204);
    expect(confirmed.headers.get('tus-resumable')).toBe('1.0.0');
    const download = await fetch(url, {headers: asOperator});
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    // Served by no other way: not by tus under another spelling of the address, with or without signing in.
    for (const headers of [{}, asOperator]) {
      const aside = await fetch(`${url}/`, {headers});
      expect(aside.status).toBe(404);
      expect(aside.headers.get('content-disposition')).toBe(null);
    }
    // Said again (a retry after a lost answer): the same answer; another hash cannot unsay it or remove the file.
    expect((await confirm(sha256(bytes))).status).toBe(204);
    expect((await confirm(sha256(Buffer.from('other')))).status).toBe(409);
    expect(existsSync(path.join(uploadDirectory, idOf(url)))).toBe(true);
  });

  it('refuses and removes a file hashed while sent whose SHA-256 differs, and waits for the rest of one unfinished', async () => {
    const bytes = randomBytes(1024 * 1024);
    const {url} = await upload(bytes, {filename: 'a.jpg', filetype: 'image/jpeg'});
    const confirm = (at: string, body: string) =>
      fetch(`${at}/sha256`, {method: 'POST', headers: {'Content-Type': 'text/plain'}, body});
    expect((await confirm(url, 'not a hash')).status).toBe(400);
    const refused = await confirm(url, sha256(Buffer.from('something else')));
    expect(refused.status).toBe(460);
    expect(await refused.text()).toContain('SHA-256 differs');
    expect(existsSync(path.join(uploadDirectory, idOf(url)))).toBe(false);
    expect((await confirm(`${origin}/uploads/0123abcd`, sha256(bytes))).status).toBe(404);

    const created = await fetch(`${origin}/uploads`, {
      method: 'POST',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': '10',
        'Upload-Metadata': `filename ${btoa('a.jpg')},filetype ${btoa('image/jpeg')}`,
      },
    });
    expect(created.status).toBe(201);
    const unfinished = new URL(created.headers.get('location')!, origin).href;
    expect((await confirm(unfinished, sha256(Buffer.alloc(10)))).status).toBe(409);
  });

  it('answers tus discovery (OPTIONS) with its version, extensions and largest size, and preflights for allowed origins', async () => {
    const discovery = await fetch(`${origin}/uploads`, {method: 'OPTIONS'});
    expect(discovery.status).toBe(204);
    expect(discovery.headers.get('tus-version')).toBe('1.0.0');
    expect(discovery.headers.get('tus-extension')?.split(',')).toEqual(
      expect.arrayContaining(['creation', 'termination', 'expiration']),
    );
    expect(discovery.headers.get('tus-max-size')).toBe(String(4 * 1024 ** 3));
    const preflight = (from: string) =>
      fetch(`${origin}/uploads`, {
        method: 'OPTIONS',
        headers: {
          Origin: from,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'tus-resumable,upload-length,upload-metadata',
        },
      });
    const allowed = await preflight('http://localhost:6006');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('upload-metadata');
    expect(allowed.headers.get('tus-version')).toBe('1.0.0');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example',
    );
  });

  it('answers CORS for the configured origins only', async () => {
    const ask = (from: string) =>
      fetch(`${origin}/uploads`, {
        method: 'POST',
        headers: {Origin: from, 'Tus-Resumable': '1.0.0', 'Upload-Length': '10'},
      });
    expect((await ask('http://localhost:6006')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:6006',
    );
    expect((await ask('https://evil.example')).headers.get('access-control-allow-origin')).toBe(null);
  });

  it('refuses an upload without the metadata the contract asks for', async () => {
    const response = await fetch(`${origin}/uploads`, {
      method: 'POST',
      headers: {'Tus-Resumable': '1.0.0', 'Upload-Length': '10'},
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('filename');
  });

  it('ends an upload on request (termination)', async () => {
    const bytes = randomBytes(1024);
    const {url} = await upload(bytes, {filename: 'a.jpg', filetype: 'image/jpeg', sha256: sha256(bytes)});
    const deleted = await fetch(url, {method: 'DELETE', headers: {'Tus-Resumable': '1.0.0'}});
    expect(deleted.status).toBe(204);
    expect(existsSync(path.join(uploadDirectory, idOf(url)))).toBe(false);
  });

  it('resumes from where the connection was cut, and completes with the same bytes', async () => {
    const bytes = randomBytes(24 * 1024 * 1024);
    await app.inject({method: 'POST', url: '/__faults', payload: {uploads: {dropAfterBytes: 10 * 1024 * 1024}}});
    // The offset each PATCH starts from, as the client sends it.
    const patchedFrom: number[] = [];
    const {url} = await upload(
      bytes,
      {filename: 'dashcam.mp4', filetype: 'video/mp4', sha256: sha256(bytes)},
      {
        chunkSize: 32 * 1024 * 1024,
        onBeforeRequest: (request) => {
          if (request.getMethod() === 'PATCH') patchedFrom.push(Number(request.getHeader('Upload-Offset')));
        },
      },
    );
    expect(readFileSync(path.join(uploadDirectory, idOf(url))).equals(bytes)).toBe(true);
    // The fault was used: one request carried the whole file and was cut once 10 MB were stored;
    // the next started from the stored offset (at least 10 MB), not from 0.
    expect((await app.inject({method: 'GET', url: '/__faults'})).json().uploads).toEqual({});
    expect(patchedFrom).toHaveLength(2);
    expect(patchedFrom[0]).toBe(0);
    expect(patchedFrom[1]).toBeGreaterThanOrEqual(10 * 1024 * 1024);
  });
  it('takes an upload slowly while bytesPerSecond is planned, and at full speed once the faults are cleared', async () => {
    const bytes = randomBytes(16 * 1024 * 1024);
    await app.inject({method: 'POST', url: '/__faults', payload: {uploads: {bytesPerSecond: 1024 * 1024}}});
    const done = upload(
      bytes,
      {filename: 'dashcam.mp4', filetype: 'video/mp4', sha256: sha256(bytes)},
      {
        chunkSize: 32 * 1024 * 1024,
      },
    );
    // How much the endpoint holds, read from its disk (a HEAD would take the upload's lock and end the request).
    const heldSoFar = () => {
      const stored = readdirSync(uploadDirectory).find((name) => !name.endsWith('.json'));
      return stored ? statSync(path.join(uploadDirectory, stored)).size : 0;
    };
    await expect.poll(heldSoFar, {timeout: 5000, interval: 50}).toBeGreaterThan(0);
    // At full speed here the whole file is stored within a few tens of milliseconds; at 1 MB/s, half of it takes 8 s.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(heldSoFar()).toBeLessThan(bytes.length / 2);
    await app.inject({method: 'DELETE', url: '/__faults'});
    const {url} = await done;
    expect(readFileSync(path.join(uploadDirectory, idOf(url))).equals(bytes)).toBe(true);
  });
});

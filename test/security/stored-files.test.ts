import {createHash, randomBytes} from 'node:crypto';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {OPERATOR, startHardenedSandbox} from './security-sandbox.js';

// A stored file's address reaches the person's device (an upload's resume record, kept for the tab), and a device
// may be read by someone else: downloading is for the back office, resuming is not.
let app: FastifyInstance;
let location: string;
const bytes = randomBytes(2048);

beforeAll(async () => {
  ({app} = await startHardenedSandbox());
  const metadata = [
    `filename ${Buffer.from('bruises.jpg').toString('base64')}`,
    `filetype ${Buffer.from('image/jpeg').toString('base64')}`,
    `sha256 ${Buffer.from(createHash('sha256').update(bytes).digest('hex')).toString('base64')}`,
  ].join(',');
  const created = await app.inject({
    method: 'POST',
    url: '/uploads',
    headers: {'tus-resumable': '1.0.0', 'upload-length': String(bytes.length), 'upload-metadata': metadata},
  });
  location = String(created.headers.location);
  const sent = await app.inject({
    method: 'PATCH',
    url: location,
    headers: {'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream'},
    payload: bytes,
  });
  expect(sent.statusCode).toBe(204);
});
afterAll(() => app.close());

describe('a stored file', () => {
  it('is not downloaded by whoever holds its address, however it is spelt', async () => {
    const id = location.split('/').pop()!;
    for (const url of [location, `/%75ploads/${id}`, `http://localhost/uploads/${id}`, `/uploads/${id}?x=1`]) {
      const answer = await app.inject({method: 'GET', url});
      expect([url, answer.statusCode]).toEqual([url, 401]);
      expect(answer.rawPayload.includes(bytes)).toBe(false);
    }
  });

  it('is downloaded by the back office, as a download', async () => {
    const answer = await app.inject({method: 'GET', url: location, headers: OPERATOR});
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-disposition']).toBe('attachment');
    expect(answer.rawPayload.equals(bytes)).toBe(true);
  });

  it('still answers the sender’s resume question (HEAD) without signing in', async () => {
    const head = await app.inject({method: 'HEAD', url: location, headers: {'tus-resumable': '1.0.0'}});
    expect(head.statusCode).toBe(200);
    expect(head.headers['upload-offset']).toBe(String(bytes.length));
  });
});

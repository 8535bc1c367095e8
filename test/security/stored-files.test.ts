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

  it('still answers the sender’s resume question (HEAD) without signing in, but not what the file is', async () => {
    const head = await app.inject({method: 'HEAD', url: location, headers: {'tus-resumable': '1.0.0'}});
    expect(head.statusCode).toBe(200);
    expect(head.headers['upload-offset']).toBe(String(bytes.length));
    expect(head.headers['upload-metadata']).toBeUndefined();
    const asBackOffice = await app.inject({
      method: 'HEAD',
      url: location,
      headers: {'tus-resumable': '1.0.0', ...OPERATOR},
    });
    expect(String(asBackOffice.headers['upload-metadata'])).toContain(Buffer.from('bruises.jpg').toString('base64'));
  });
});

describe('an upload that would set aside more than it says', () => {
  const create = (headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/uploads',
      headers: {
        'tus-resumable': '1.0.0',
        'upload-metadata': `filename ${Buffer.from('a.jpg').toString('base64')}`,
        ...headers,
      },
    });

  it('is refused when its length is left for later (it would cost nothing against the limit)', async () => {
    expect((await create({'upload-defer-length': '1'})).statusCode).toBe(400);
  });

  it('is refused as too large, not told to wait for ever, when it is larger than the endpoint takes', async () => {
    const answer = await create({'upload-length': String(9 * 1024 ** 3)});
    expect(answer.statusCode).toBe(413);
    expect(answer.headers['retry-after']).toBeUndefined();
  });
});

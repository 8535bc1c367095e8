import {createHash, randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {Upload} from '@tus/server';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {HashingFileStore} from '../../demo/server/uploads/hashing-file-store.js';

// The endpoint hashes an upload's bytes as they arrive, so a finished file of gigabytes is checked without being
// read again; where the running hash cannot be trusted, it reads the file. Which one it used shows when the file on
// disk is changed behind its back.
let directory: string;
let store: HashingFileStore;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'soh-hashing-'));
  store = new HashingFileStore({directory});
});
afterEach(() => rmSync(directory, {recursive: true, force: true}));

async function created(size: number): Promise<string> {
  const id = randomBytes(8).toString('hex');
  await store.create(new Upload({id, size, offset: 0, metadata: {filename: 'a.mp4'}}));
  return id;
}

describe('the endpoint’s store, hashing as bytes arrive', () => {
  it('hashes the bytes of every request in turn, without reading the file again', async () => {
    const bytes = randomBytes(3 * 1024 * 1024);
    const id = await created(bytes.length);
    expect(await store.write(Readable.from([bytes.subarray(0, 1_000_000)]), id, 0)).toBe(1_000_000);
    expect(await store.write(Readable.from([bytes.subarray(1_000_000)]), id, 1_000_000)).toBe(bytes.length);
    // The file on disk changed behind the store's back: the answer is still the hash of what arrived.
    writeFileSync(path.join(directory, id), Buffer.alloc(bytes.length));
    expect(await store.sha256Of(id, bytes.length)).toBe(sha256(bytes));
  });

  it('reads the file again when a request started where its running hash did not end (a restart, a lost hash)', async () => {
    const bytes = randomBytes(2 * 1024 * 1024);
    const id = await created(bytes.length);
    // The first half arrived before the endpoint restarted: a new store knows nothing of it.
    writeFileSync(path.join(directory, id), bytes.subarray(0, 1_000_000));
    await store.write(Readable.from([bytes.subarray(1_000_000)]), id, 1_000_000);
    writeFileSync(path.join(directory, id), Buffer.alloc(bytes.length));
    expect(await store.sha256Of(id, bytes.length)).toBe(sha256(Buffer.alloc(bytes.length)));
  });

  it('drops its running hash when a request fails part way, and reads the file instead', async () => {
    const bytes = randomBytes(2 * 1024 * 1024);
    const id = await created(bytes.length);
    const cut = new Readable({read() {}});
    const writing = store.write(cut, id, 0);
    cut.push(bytes.subarray(0, 500_000));
    cut.destroy(new Error('connection reset'));
    await expect(writing).rejects.toBeDefined();
    writeFileSync(path.join(directory, id), bytes);
    expect(await store.sha256Of(id, bytes.length)).toBe(sha256(bytes));
  });

  it('keeps a checked upload as finished, so that the sweep of expired unfinished ones leaves it', async () => {
    const bytes = randomBytes(1024);
    const id = await created(bytes.length);
    await store.write(Readable.from([bytes]), id, 0);
    expect(await store.isConfirmed(id)).toBe(false);
    expect(await store.check(id, bytes.length, sha256(bytes))).toBe('matches');
    expect(await store.isConfirmed(id)).toBe(true);
    const sweeping = new HashingFileStore({directory, expirationPeriodInMilliseconds: 1});
    await new Promise((resolve) => setTimeout(resolve, 5));
    const unfinished = await created(10);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await sweeping.deleteExpired()).toBe(1);
    expect(await store.isConfirmed(id)).toBe(true);
    await expect(store.getUpload(unfinished)).rejects.toBeDefined();
  });

  it('checks one upload once at a time: a wrong claim beside the right one neither reads again nor removes it', async () => {
    const bytes = randomBytes(2 * 1024 * 1024);
    const id = await created(bytes.length);
    await store.write(Readable.from([bytes]), id, 0);
    const wrong = sha256(Buffer.from('something else'));
    const outcomes = await Promise.all([
      store.check(id, bytes.length, sha256(bytes)),
      store.check(id, bytes.length, wrong),
      store.check(id, bytes.length, sha256(bytes)),
    ]);
    expect(outcomes).toEqual(['matches', 'another', 'matches']);
    // Checked once: later checks compare, they do not read the file (changed behind the store's back) again.
    writeFileSync(path.join(directory, id), Buffer.alloc(bytes.length));
    expect(await store.check(id, bytes.length, sha256(bytes))).toBe('matches');
    expect(await store.isConfirmed(id)).toBe(true);
  });

  it('removes a file whose bytes differ, and then knows it is gone', async () => {
    const bytes = randomBytes(1024);
    const id = await created(bytes.length);
    await store.write(Readable.from([bytes]), id, 0);
    const outcomes = await Promise.all([
      store.check(id, bytes.length, sha256(Buffer.from('other'))),
      store.check(id, bytes.length, sha256(bytes)),
    ]);
    expect(outcomes).toEqual(['differs', 'gone']);
    await expect(store.getUpload(id)).rejects.toBeDefined();
  });
});

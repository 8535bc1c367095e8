import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createHash} from 'node:crypto';
import type {Page} from 'playwright';
import {afterAll, beforeEach, describe, expect, it} from 'vitest';
import {useSandboxAndBrowser} from './harness.js';
import {Keyboard} from './keyboard.js';
import {PlaywrightPage} from './engines/playwright-page.js';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';

/** Downloading a stored file is for the back office. */
const asOperator = {authorization: `Bearer ${TEST_OPERATOR_TOKEN}`};

// Evidence sent from the demo force site, under its strict Content Security
// Policy: the hashing worker and tus-js-client load from the site itself,
// and the sandbox stores the file and checks its SHA-256.
const harness = useSandboxAndBrowser();
let page: Page;
let keys: Keyboard;
let problems: string[];
/** Paths of the scripts the page and its workers fetched. */
let scripts: string[];

beforeEach(async () => {
  page = await (await harness.browser.newContext()).newPage();
  keys = new Keyboard(new PlaywrightPage(page));
  problems = [];
  scripts = [];
  page.context().on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
});

/** A folder for a test's files on disk (hundreds of MB each), removed after the tests. */
const folders: string[] = [];
function evidenceFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'soh-evidence-'));
  folders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, {recursive: true, force: true});
});

/** A small JPEG's worth of bytes: the upload decides what a file is from its first bytes. */
function photo(): Buffer {
  const bytes = Buffer.alloc(2 * 1024 * 1024, 7);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

describe('sending evidence on the demo site', () => {
  it('is done with the keyboard alone, under the strict policy, and the endpoint holds the same bytes', async () => {
    await page.goto(`${harness.origin}/evidence`);
    await page.locator('soh-media-upload input[type="file"]').waitFor();
    const bytes = photo();
    await keys.file('broken-window.jpg', bytes);
    await page.locator('soh-media-upload').getByText('Uploaded and checked', {exact: true}).waitFor({timeout: 30000});
    const bar = page.locator('soh-media-upload').getByRole('progressbar');
    expect(await bar.evaluate((element) => (element as HTMLProgressElement).value)).toBe(100);
    const url = await page.evaluate(
      () =>
        (document.querySelector('soh-media-upload') as unknown as {attachments: Array<{url: string}>}).attachments[0]
          .url,
    );
    const download = await harness.app.inject({
      method: 'GET',
      url: new URL(url, harness.origin).pathname,
      headers: asOperator,
    });
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
    // Hashed with WebAssembly: the worker, allowed to compile it, never fetched the pure-JavaScript fallback.
    expect(scripts.some((script) => script.endsWith('/hash-worker.js'))).toBe(true);
    expect(scripts.filter((script) => /\/sha2-[\w-]+\.js$/.test(script))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('carries a 200 MB file on by itself after its connection is cut halfway: the same bytes, the same SHA-256', async () => {
    const bytes = Buffer.alloc(200 * 1024 * 1024);
    for (let index = 0; index < bytes.length; index += 4096) bytes.writeUInt32BE(index, index);
    bytes.set([0, 0, 0, 0x18, ...Buffer.from('ftypmp42')]);
    const file = {path: path.join(evidenceFolder(), 'dashcam.mp4')};
    writeFileSync(file.path, bytes);
    await page.goto(`${harness.origin}/evidence`);
    await page.locator('soh-media-upload input[type="file"]').waitFor();
    const cut = await harness.app.inject({
      method: 'POST',
      url: '/__faults',
      payload: {uploads: {dropAfterBytes: 100 * 1024 * 1024}},
    });
    expect(cut.statusCode).toBe(204);
    const offsets: number[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH') offsets.push(Number(request.headers()['upload-offset']));
    });
    await keys.file('dashcam.mp4', file);
    await page.locator('soh-media-upload').getByText('Uploaded and checked', {exact: true}).waitFor({timeout: 60000});
    // The cut was used, and the request after it carried on from what the endpoint held, not from the start.
    expect((await harness.app.inject({method: 'GET', url: '/__faults'})).json().uploads).toEqual({});
    const resumedAt = offsets.find((offset, index) => index > 0 && offset % (64 * 1024 * 1024) !== 0);
    expect(resumedAt).toBeGreaterThanOrEqual(100 * 1024 * 1024);
    const attachment = await page.evaluate(
      () =>
        (document.querySelector('soh-media-upload') as unknown as {attachments: Array<{url: string; sha256: string}>})
          .attachments[0],
    );
    expect(attachment.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const download = await harness.app.inject({
      method: 'GET',
      url: new URL(attachment.url, harness.origin).pathname,
      headers: asOperator,
    });
    expect(download.rawPayload.equals(bytes)).toBe(true);
    // What the cut itself leaves in the console: the failed request, and at most one 409 (the retry asked to
    // carry on from an offset the server had already passed while it was still writing what arrived before
    // the cut; tus-js-client then asks for the offset again). Nothing else.
    const expected = (problem: string) =>
      /^409 .*\/uploads\//.test(problem) || problem.includes('ERR_CONNECTION') || problem.includes('Failed to load');
    expect(problems.filter((problem) => !expected(problem))).toEqual([]);
    expect(problems.filter((problem) => problem.startsWith('409')).length).toBeLessThanOrEqual(1);
  });
});

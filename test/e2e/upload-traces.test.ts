import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {FastifyInstance} from 'fastify';
import type {BrowserContext, Page} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {inFreshProfile} from './browser-profile.js';
import {quietSandbox} from './quiet-sandbox.js';

// What an interrupted evidence upload leaves on the device, read from a real
// Chromium profile on disk after the browser has closed: never the file's
// name; in a tab that carries on, a record under the library's own prefix
// that names nothing; where the person may be watched (the page following a
// report, which may be of domestic abuse), and after the exit control,
// nothing at all.

const NAME = 'bruises-from-john.jpg';
const SIZE = 200 * 1024 * 1024;

let app: FastifyInstance;
let origin: string;
const folders: string[] = [];
let evidence: string;

beforeAll(async () => {
  app = await quietSandbox({testRoutes: true});
  origin = await app.listen({port: 0, host: '127.0.0.1'});
  const folder = mkdtempSync(path.join(tmpdir(), 'soh-evidence-'));
  folders.push(folder);
  const bytes = Buffer.alloc(SIZE, 4);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  evidence = path.join(folder, NAME);
  writeFileSync(evidence, bytes);
});

afterAll(async () => {
  await app?.close();
  for (const folder of folders) rmSync(folder, {recursive: true, force: true});
});

/** The exit control's neutral page, which this machine cannot reach, answered by the browser itself. */
async function neutralPageOffline(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Sunny.'}),
  );
}

/** Web Storage as the page sees it: every key and value, as `area key=value` lines. */
function storedOn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (
      [
        ['local', localStorage],
        ['session', sessionStorage],
      ] as const
    ).flatMap(([area, storage]) => Object.keys(storage).map((key) => `${area} ${key}=${storage.getItem(key)}`)),
  );
}

/** Chooses the evidence in `upload` (a locator's selector) and waits until part of it is on the endpoint, slowly sent. */
async function sendPartOf(page: Page, upload: string): Promise<void> {
  // Sending slowed to 20 MB/s (DevTools' network conditions), so that the page is left mid-upload.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 20 * 1024 * 1024,
  });
  await page.locator(`${upload} input[type="file"]`).setInputFiles(evidence);
  await page
    .locator(upload)
    .getByText(/MB of 209.7 MB sent/)
    .waitFor({timeout: 30000});
}

/** Whether a page's upload says a file was not finished; it waits a moment for the element to look. */
async function noticeOn(page: Page, upload: string): Promise<string> {
  await page.locator(`${upload} input[type="file"]`).waitFor();
  await page.waitForTimeout(1500);
  const notice = page.locator(`${upload} [part="interrupted"]`);
  return (await notice.count()) ? await notice.innerText() : '';
}

describe('an evidence upload left unfinished', () => {
  it('is carried on in its tab by a record that names nothing, and a new tab and the disk hold nothing naming the file', async () => {
    const traces = await inFreshProfile(async (context) => {
      await neutralPageOffline(context);
      const page = await context.newPage();
      await page.goto(`${origin}/evidence`);
      await sendPartOf(page, 'soh-media-upload');
      const stored = await storedOn(page);
      expect(stored.filter((line) => line.startsWith('local '))).toEqual([]);
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.every((line) => line.startsWith('session soh:'))).toBe(true);
      expect(stored.join('\n')).not.toContain('bruises');

      // A reload in the same tab: the element still knows, by its size, that a file was not finished.
      await page.reload();
      expect(await noticeOn(page, 'soh-media-upload')).toMatch(/^A file of 209\.7 MB was not finished/);

      // The tab is closed; a new one knows nothing of it.
      await page.close();
      const next = await context.newPage();
      await next.goto(`${origin}/evidence`);
      expect(await noticeOn(next, 'soh-media-upload')).toBe('');
      expect(await next.locator('body').innerText()).not.toContain('bruises');
      expect((await storedOn(next)).join('\n')).not.toMatch(/bruises|tus::|soh:upload:/);
    });
    expect(traces.anywhereHolding('bruises-from-john')).toEqual([]);
    traces.remove();
  });

  it('leaves nothing at all after the exit control', async () => {
    const traces = await inFreshProfile(async (context) => {
      await neutralPageOffline(context);
      const page = await context.newPage();
      await page.goto(`${origin}/evidence`);
      await sendPartOf(page, 'soh-media-upload');
      await page.locator('soh-exit-page button').click();
      await page.waitForURL('https://www.bbc.co.uk/**');
      await page.goto(`${origin}/evidence`);
      expect(await storedOn(page)).toEqual([]);
      expect(await noticeOn(page, 'soh-media-upload')).toBe('');
    });
    expect(traces.anywhereHolding('bruises-from-john')).toEqual([]);
    traces.remove();
  });

  it('leaves nothing at all when sent from the page following a report (it may be of domestic abuse)', async () => {
    // A report, and a code to follow it, as the confirmation gives them.
    const key = crypto.randomUUID();
    const sent = await app.inject({
      method: 'POST',
      url: '/incidents',
      headers: {host: new URL(origin).host, 'content-type': 'application/vnd.api+json', 'idempotency-key': key},
      payload: readFileSync(path.resolve(import.meta.dirname, '../fixtures/minimal-incident.json'), 'utf8'),
    });
    const reference = sent.json().data.attributes.customerReferenceNumber as string;
    const followed = await app.inject({
      method: 'POST',
      url: '/follow',
      headers: {host: new URL(origin).host},
      payload: {reference, submissionKey: key},
    });
    const code = followed.json().code as string;

    const traces = await inFreshProfile(async (context) => {
      await neutralPageOffline(context);
      const page = await context.newPage();
      await page.goto(`${origin}/follow`);
      await page.locator('soh-report-status #reference').fill(reference);
      await page.locator('soh-report-status #code').fill(code);
      await page.locator('soh-report-status form .button').click();
      const upload = 'soh-report-status soh-media-upload';
      await page.locator(`${upload} input[type="file"]`).waitFor({timeout: 15000});
      await sendPartOf(page, upload);
      expect(await storedOn(page)).toEqual([]);
      await page.close();
      const next = await context.newPage();
      await next.goto(`${origin}/follow`);
      await next.locator('soh-report-status #reference').waitFor();
      expect(await storedOn(next)).toEqual([]);
    });
    expect(traces.anywhereHolding('bruises-from-john')).toEqual([]);
    traces.remove();
  });
});

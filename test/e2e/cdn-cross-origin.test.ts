import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import type {Page} from 'playwright';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {CONTENT_SECURITY_POLICY} from '../../demo/server/content-security-policy.js';
import {useSandboxAndBrowser} from './harness.js';
import {Keyboard} from './keyboard.js';
import {PlaywrightPage} from './engines/playwright-page.js';

// A force's page loads the library from a CDN (another origin), under a
// strict policy: the single-file build, or the autoloader of the split build. A browser starts a worker only from the page's own
// origin, so the hashing worker beside the CDN file cannot run: the file is
// hashed on the page instead (or in the copy of the worker the page serves
// and names), and the endpoint accepts its SHA-256 either way.
//
// The sandbox plays the CDN and the endpoint; a second server on another
// port (another origin) plays the force's site.
const harness = useSandboxAndBrowser({allowedOrigins: [/^http:\/\/127\.0\.0\.1:\d+$/]});
const cdnWorker = path.resolve(import.meta.dirname, '../../dist/cdn/hash-worker.js');

/**
 * The force's page: `?worker` names its own copy of the worker, which the site serves at /assets/hash-worker.js;
 * `?split` loads the autoloader (dist/autoload.js) instead of the single file.
 */
function forcePage(cdn: string, namesWorker: boolean, split: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Send evidence</title>
    <link rel="icon" href="data:,">
    ${namesWorker ? '<meta name="soh-hash-worker-url" content="/assets/hash-worker.js">' : ''}
    <script type="module" src="${cdn}/dist/${split ? 'autoload.js' : 'cdn/soh-elements.js'}"></script></head>
    <body><main><soh-config force="essex" endpoint="${cdn}/"><soh-media-upload></soh-media-upload></soh-config></main>
    </body></html>`;
}

let site: Server;
let siteOrigin: string;
beforeAll(async () => {
  site = createServer((request, response) => {
    const url = new URL(request.url!, 'http://site');
    if (url.pathname === '/assets/hash-worker.js') {
      response.writeHead(200, {'Content-Type': 'text/javascript'}).end(readFileSync(cdnWorker));
      return;
    }
    if (url.pathname !== '/force-page.html') {
      response.writeHead(404).end();
      return;
    }
    // The demo's strict policy, with the CDN allowed for scripts and the endpoint for requests.
    const policy = CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' ${harness.origin}`).replace(
      "connect-src 'self'",
      `connect-src 'self' ${harness.origin}`,
    );
    response.writeHead(200, {'Content-Type': 'text/html', 'Content-Security-Policy': policy});
    response.end(forcePage(harness.origin, url.searchParams.has('worker'), url.searchParams.has('split')));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(async () => {
  site.closeAllConnections();
  await new Promise<void>((resolve) => site.close(() => resolve()));
});

let page: Page;
let problems: string[];
let warnings: string[];
let scripts: string[];

beforeEach(async () => {
  page = await (await harness.browser.newContext()).newPage();
  problems = [];
  warnings = [];
  scripts = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.context().on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
});

async function openForcePage(namesWorker: boolean, split = false): Promise<void> {
  const query = new URLSearchParams();
  if (namesWorker) query.set('worker', '');
  if (split) query.set('split', '');
  await page.goto(`${siteOrigin}/force-page.html?${query}`);
  await page.locator('soh-media-upload input[type="file"]').waitFor();
}

/** Sends a photo with the keyboard; the SHA-256 the element worked out, and the one of the bytes. */
async function sendPhoto(): Promise<{sent: string; expected: string}> {
  const bytes = Buffer.alloc(3 * 1024 * 1024 + 11, 5);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  await new Keyboard(new PlaywrightPage(page)).file('doorbell.jpg', bytes);
  await page.locator('soh-media-upload').getByText('Uploaded and checked', {exact: true}).waitFor({timeout: 30000});
  const sent = await page.evaluate(
    () =>
      (document.querySelector('soh-media-upload') as unknown as {attachments: Array<{sha256: string}>}).attachments[0]
        .sha256,
  );
  return {sent, expected: createHash('sha256').update(bytes).digest('hex')};
}

describe('the single-file build served from another origin', () => {
  it('hashes on the page, the endpoint accepts the file, and the console says what the page can do', async () => {
    await openForcePage(false);
    const {sent, expected} = await sendPhoto();
    expect(sent).toBe(expected);
    expect(problems).toEqual([]);
    const advice = warnings.filter((warning) => warning.includes('hashing worker'));
    expect(advice).toHaveLength(1);
    expect(advice[0]).toContain(`${harness.origin}/dist/cdn/hash-worker.js is on another origin than this page`);
    expect(advice[0]).toContain('<meta name="soh-hash-worker-url" content="/path/to/hash-worker.js">');
  });

  it("hashes in the page's own copy of the worker, where the page names it", async () => {
    await openForcePage(true);
    const {sent, expected} = await sendPhoto();
    expect(sent).toBe(expected);
    expect(scripts).toContain(`${siteOrigin}/assets/hash-worker.js`);
    expect(problems).toEqual([]);
    expect(warnings.filter((warning) => warning.includes('hashing worker'))).toEqual([]);
  });
});

describe('the split build (the autoloader) served from another origin', () => {
  it('fetches the upload and what it needs, all from the CDN, and nothing of the other elements', async () => {
    await openForcePage(false, true);
    const {sent, expected} = await sendPhoto();
    expect(sent).toBe(expected);
    expect(problems).toEqual([]);
    expect(scripts).toContain(`${harness.origin}/dist/soh-media-upload.js`);
    expect(scripts.filter((url) => !url.startsWith(`${harness.origin}/dist/`))).toEqual([]);
    for (const other of ['soh-report-form', 'soh-payment', 'soh-live-chat', 'soh-service-list'])
      expect(scripts.filter((url) => url.includes(`/dist/${other}`))).toEqual([]);
    expect(warnings.filter((warning) => warning.includes('hashing worker'))[0]).toContain(
      `${harness.origin}/dist/hash-worker.js is on another origin than this page`,
    );
  });
});

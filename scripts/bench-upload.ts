/**
 * The budgets for `<soh-media-upload>` (issues 5 and 22), measured in
 * headless Chromium against the sandbox over loopback:
 * - how soon sending starts: from choosing the file to the first request
 *   that carries its bytes (a tus `PATCH`), against a page that `PUT`s the
 *   file as soon as it is chosen;
 * - throughput: one file sent by the element (sent with tus while its worker
 *   hashes it, then its SHA-256 checked by the endpoint) against the same
 *   bytes sent by one plain `PUT`, in the same run;
 * - peak JS heap of the page while it sends a 1 GB file (polled through the
 *   DevTools protocol every 50 ms; the hashing worker's own heap is not in it).
 * The files are on disk, as a person's are: a File backed by a file.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Browser, Page, Request} from 'playwright';

const MB = 1024 * 1024;

/** Dash-cam footage: what a file of hundreds of megabytes is (an MP4's first bytes, then filler). */
function fileOf(megabytes: number): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'soh-bench-'));
  const file = path.join(folder, `footage-${megabytes}.mp4`);
  const bytes = Buffer.alloc(megabytes * MB, 5);
  bytes.set([0, 0, 0, 0x18, ...Buffer.from('ftypmp42')]);
  writeFileSync(file, bytes);
  return file;
}

async function uploadPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  // tsx names the functions it compiles with a helper the page lacks.
  await page.addInitScript('globalThis.__name = (fn) => fn');
  await page.goto(`${origin}/inbox.json`);
  await page.evaluate(async () => {
    await import('/dist/soh-media-upload.js' as string);
    const element = document.createElement('soh-media-upload');
    element.setAttribute('endpoint', '/');
    document.body.replaceChildren(element);
    await customElements.whenDefined('soh-media-upload');
  });
  return page;
}

/**
 * When the page hears that a file was chosen (its input's `change`, heard first), in ms since the epoch: the same
 * clock as {@link firstBytesSent}, so that Playwright's own time to set the file is not counted.
 */
function whenChosen(page: Page, scope: 'element' | 'plain'): Promise<void> {
  return page.evaluate((scope) => {
    const root = scope === 'element' ? document.querySelector('soh-media-upload')!.shadowRoot! : document;
    root.addEventListener(
      'change',
      () => ((window as unknown as {chosenAt: number}).chosenAt = performance.timeOrigin + performance.now()),
      {capture: true, once: true},
    );
  }, scope);
}

const chosenAt = (page: Page) => page.evaluate(() => (window as unknown as {chosenAt: number}).chosenAt);

/** When a request carrying the file's bytes (a tus PATCH, or the plain PUT) first leaves the page: Date.now(). */
function firstBytesSent(page: Page): Promise<number> {
  return new Promise((resolve) => {
    const heard = (request: Request) => {
      if (!['PATCH', 'PUT'].includes(request.method())) return;
      page.off('request', heard);
      resolve(Date.now());
    };
    page.on('request', heard);
  });
}

/**
 * Chooses the file in the element and waits until the endpoint has checked it: seconds taken, seconds until every
 * byte was sent (the hash may still be running then), and ms until the first bytes left.
 */
async function sendWithElement(
  page: Page,
  file: string,
  whileSending?: (finished: () => boolean) => Promise<void>,
): Promise<{seconds: number; sentSeconds: number; startMs: number}> {
  let finished = false;
  const done = page.evaluate(
    () =>
      new Promise<{seconds: number; sentSeconds: number}>((resolve) => {
        const start = performance.now();
        const element = document.querySelector('soh-media-upload')!;
        let sentSeconds = 0;
        // The element says so once the last byte is in and it waits for the SHA-256 to be checked.
        const watch = () => {
          const status = element.shadowRoot?.querySelector('progress')?.getAttribute('aria-valuetext') ?? '';
          if (status.startsWith('All sent')) sentSeconds = (performance.now() - start) / 1000;
          else requestAnimationFrame(watch);
        };
        watch();
        element.addEventListener('soh-upload-complete', () => {
          const seconds = (performance.now() - start) / 1000;
          resolve({seconds, sentSeconds: sentSeconds || seconds});
        });
      }),
  );
  const started = firstBytesSent(page);
  await whenChosen(page, 'element');
  await page.locator('soh-media-upload input[type="file"]').setInputFiles(file);
  const polling = whileSending?.(() => finished);
  const {seconds, sentSeconds} = await done;
  finished = true;
  await polling;
  return {seconds, sentSeconds, startMs: (await started) - (await chosenAt(page))};
}

/**
 * The same file sent by one plain PUT as soon as it is chosen (the sandbox writes it to disk, then removes it):
 * seconds taken, and ms until its bytes left.
 */
async function sendPlainly(page: Page, file: string): Promise<{seconds: number; startMs: number}> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'plain';
    document.body.append(input);
    (window as unknown as {sent: Promise<number>}).sent = new Promise((resolve) =>
      input.addEventListener('change', async () => {
        const start = performance.now();
        await fetch('/__plain-upload', {
          method: 'PUT',
          headers: {'Content-Type': 'application/offset+octet-stream'},
          body: input.files![0],
        });
        resolve((performance.now() - start) / 1000);
      }),
    );
  });
  const started = firstBytesSent(page);
  await whenChosen(page, 'plain');
  await page.locator('#plain').setInputFiles(file);
  const seconds = await page.evaluate(() => (window as unknown as {sent: Promise<number>}).sent);
  return {seconds, startMs: (await started) - (await chosenAt(page))};
}

export interface UploadMeasures {
  megabytes: number;
  elementSeconds: number;
  /** Until every byte was sent: the file's SHA-256 may still be being worked out. */
  elementSentSeconds: number;
  plainSeconds: number;
  /** From choosing the file to its first bytes leaving the page. */
  elementStartMs: number;
  plainStartMs: number;
  heapMegabytes: number;
  peakHeapBytes: number;
  idleHeapBytes: number;
}

export async function measureUpload(browser: Browser, origin: string): Promise<UploadMeasures> {
  const megabytes = 256;
  const file = fileOf(megabytes);
  const page = await uploadPage(browser, origin);
  const plain = await sendPlainly(page, file);
  const element = await sendWithElement(page, file);
  await page.close();
  rmSync(path.dirname(file), {recursive: true});

  const heapMegabytes = 1024;
  const big = fileOf(heapMegabytes);
  const heapPage = await uploadPage(browser, origin);
  const cdp = await heapPage.context().newCDPSession(heapPage);
  const used = async () => ((await cdp.send('Runtime.getHeapUsage')) as {usedSize: number}).usedSize;
  const idleHeapBytes = await used();
  let peakHeapBytes = idleHeapBytes;
  await sendWithElement(heapPage, big, async (finished) => {
    while (!finished()) {
      peakHeapBytes = Math.max(peakHeapBytes, await used());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await heapPage.close();
  rmSync(path.dirname(big), {recursive: true});
  return {
    megabytes,
    elementSeconds: element.seconds,
    elementSentSeconds: element.sentSeconds,
    plainSeconds: plain.seconds,
    elementStartMs: element.startMs,
    plainStartMs: plain.startMs,
    heapMegabytes,
    peakHeapBytes,
    idleHeapBytes,
  };
}

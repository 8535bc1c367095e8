/**
 * Issue 5's budgets for `<soh-media-upload>`, measured in headless Chromium
 * against the sandbox over loopback:
 * - throughput: one file sent by the element (hashed in its worker, then sent
 *   with tus) against the same bytes sent by one plain `PUT`, in the same run;
 * - peak JS heap of the page while it sends a 1 GB file (polled through the
 *   DevTools protocol every 50 ms; the hashing worker's own heap is not in it).
 * The files are on disk, as a person's are: a File backed by a file.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Browser, Page} from 'playwright';

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

/** Chooses the file in the element and waits until the endpoint has it: seconds taken. */
async function sendWithElement(
  page: Page,
  file: string,
  whileSending?: (finished: () => boolean) => Promise<void>,
): Promise<number> {
  let finished = false;
  const done = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        document
          .querySelector('soh-media-upload')!
          .addEventListener('soh-upload-complete', () => resolve((performance.now() - start) / 1000));
      }),
  );
  await page.locator('soh-media-upload input[type="file"]').setInputFiles(file);
  const polling = whileSending?.(() => finished);
  const seconds = await done;
  finished = true;
  await polling;
  return seconds;
}

/** The same file sent by one plain PUT (the sandbox writes it to disk, then removes it): seconds taken. */
async function sendPlainly(page: Page, file: string): Promise<number> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'plain';
    document.body.append(input);
  });
  await page.locator('#plain').setInputFiles(file);
  return page.evaluate(async () => {
    const chosen = document.querySelector<HTMLInputElement>('#plain')!.files![0];
    const start = performance.now();
    await fetch('/__plain-upload', {
      method: 'PUT',
      headers: {'Content-Type': 'application/offset+octet-stream'},
      body: chosen,
    });
    return (performance.now() - start) / 1000;
  });
}

export interface UploadMeasures {
  megabytes: number;
  elementSeconds: number;
  plainSeconds: number;
  heapMegabytes: number;
  peakHeapBytes: number;
  idleHeapBytes: number;
}

export async function measureUpload(browser: Browser, origin: string): Promise<UploadMeasures> {
  const megabytes = 256;
  const file = fileOf(megabytes);
  const page = await uploadPage(browser, origin);
  const plainSeconds = await sendPlainly(page, file);
  const elementSeconds = await sendWithElement(page, file);
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
  return {megabytes, elementSeconds, plainSeconds, heapMegabytes, peakHeapBytes, idleHeapBytes};
}

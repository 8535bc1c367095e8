import {createHash} from 'node:crypto';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import {useSandbox} from './harness.js';
import {Keyboard} from './keyboard.js';
import {waitFor, type EnginePage} from './engines/engine-page.js';
import {inEachEngine} from './engines/engines.js';

// Evidence sent from the demo force site in each engine, under its strict policy (the hashing worker compiles
// its WebAssembly there): its connection cut halfway by the endpoint, or the page reloaded mid-upload (the
// endpoint taking it slowly, so the reload surely lands mid-upload), it carries on from where the endpoint got
// to, and the endpoint holds the same bytes. (evidence-upload.test.ts tries the rest in Chromium: which scripts
// load, a 200 MB file, what the console says.)
const harness = useSandbox();
let page: EnginePage;
let keys: Keyboard;

const folder = mkdtempSync(path.join(tmpdir(), 'soh-evidence-engines-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

/** A 64 MB video's worth of bytes, each 4 KB block numbered, so a piece sent twice or skipped shows. */
const bytes = Buffer.alloc(64 * 1024 * 1024);
for (let index = 0; index < bytes.length; index += 4096) bytes.writeUInt32BE(index, index);
bytes.set([0, 0, 0, 0x18, ...Buffer.from('ftypmp42')]);
const file = path.join(folder, 'dashcam.mp4');
writeFileSync(file, bytes);

const waitForFileBox = () =>
  waitFor(page, () => !!document.querySelector('soh-media-upload')?.shadowRoot?.querySelector('input[type="file"]'));

const waitForUploaded = () =>
  waitFor(
    page,
    () => (document.querySelector('soh-media-upload')?.shadowRoot?.textContent ?? '').includes('Uploaded and checked'),
    undefined,
    60_000,
  );

/** From now on, the offset each request carries on from, as the page sends it (tus-js-client sends with XMLHttpRequest). */
function recordUploadOffsets(): Promise<void> {
  return page.evaluate(() => {
    const offsets: number[] = [];
    (window as unknown as {sentFrom: number[]}).sentFrom = offsets;
    const setHeader = XMLHttpRequest.prototype.setRequestHeader;
    XMLHttpRequest.prototype.setRequestHeader = function (name: string, value: string) {
      if (name.toLowerCase() === 'upload-offset') offsets.push(Number(value));
      setHeader.call(this, name, value);
    };
  });
}

const uploadOffsets = () => page.evaluate(() => (window as unknown as {sentFrom: number[]}).sentFrom);

/** The upload's attachment declares the file's SHA-256, and the endpoint holds the file byte for byte. */
async function expectStoredWhole(): Promise<void> {
  const attachment = await page.evaluate(
    () =>
      (document.querySelector('soh-media-upload') as unknown as {attachments: Array<{url: string; sha256: string}>})
        .attachments[0],
  );
  expect(attachment.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  const download = await harness.app.inject({
    method: 'GET',
    url: new URL(attachment.url, harness.origin).pathname,
    headers: {authorization: `Bearer ${TEST_OPERATOR_TOKEN}`},
  });
  expect(download.rawPayload.equals(bytes)).toBe(true);
}

inEachEngine(
  (opened) => {
    page = opened;
    keys = new Keyboard(opened);
  },
  () => {
    it('evidence carries on by itself after its connection is cut halfway: the same bytes, the same SHA-256', async () => {
      await page.goto(`${harness.origin}/evidence`);
      await waitForFileBox();
      await recordUploadOffsets();
      const cut = await harness.app.inject({
        method: 'POST',
        url: '/__faults',
        payload: {uploads: {dropAfterBytes: 32 * 1024 * 1024}},
      });
      expect(cut.statusCode).toBe(204);
      await keys.file('dashcam.mp4', {path: file});
      await waitForUploaded();
      // The cut was used, and a request after it carried on from what the endpoint held, not from the start (the file
      // is one 64 MB piece, so only a resumed request starts past 0).
      expect((await harness.app.inject({method: 'GET', url: '/__faults'})).json().uploads).toEqual({});
      const sentFrom = await uploadOffsets();
      expect(sentFrom.some((offset) => offset > 0 && offset < bytes.length)).toBe(true);
      await expectStoredWhole();
    });

    it('after a reload mid-upload, says to choose the file again, and carries on from where it stopped', async () => {
      await page.goto(`${harness.origin}/evidence`);
      await waitForFileBox();
      // The endpoint takes it at 8 MB/s, so the 64 MB file is still on its way when the page reloads.
      const slow = await harness.app.inject({
        method: 'POST',
        url: '/__faults',
        payload: {uploads: {bytesPerSecond: 8 * 1024 * 1024}},
      });
      expect(slow.statusCode).toBe(204);
      try {
        await keys.file('dashcam.mp4', {path: file});
        // Reload once 16 MB have gone (sending starts at once; the file is hashed alongside).
        await waitFor(
          page,
          () => {
            const text = document.querySelector('soh-media-upload')?.shadowRoot?.textContent ?? '';
            const sent = /([\d.]+) MB of 67\.1 MB sent/.exec(text);
            return sent !== null && Number(sent[1]) >= 16;
          },
          undefined,
          30_000,
        );
        await page.reload();
      } finally {
        await harness.app.inject({method: 'DELETE', url: '/__faults'});
      }
      await waitForFileBox();
      const notice = () =>
        document.querySelector('soh-media-upload')?.shadowRoot?.querySelector('[part="interrupted"]')?.textContent ??
        '';
      await waitFor(page, notice);
      // Known by its size: nothing kept on the device names the file.
      expect((await page.evaluate(notice)).trim().replace(/\s+/g, ' ')).toMatch(
        /^A file of 67\.1 MB was not finished: \d+% of it was sent\. Choose it again and it will carry on from there, not start again\.$/,
      );
      await recordUploadOffsets();
      await keys.file('dashcam.mp4', {path: file});
      await waitForUploaded();
      expect((await uploadOffsets())[0]).toBeGreaterThan(0);
      await expectStoredWhole();
    });
  },
);

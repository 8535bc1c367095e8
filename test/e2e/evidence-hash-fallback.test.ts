import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {useSandboxAndBrowser} from './harness.js';
import {Keyboard} from './keyboard.js';
import {PlaywrightPage} from './engines/playwright-page.js';

// A force that serves the hashing worker under its page policy, without
// 'wasm-unsafe-eval': the worker cannot compile WebAssembly, hashes in pure
// JavaScript instead, and the endpoint still gets the right SHA-256.
const harness = useSandboxAndBrowser({hashWorkerWithoutWebAssembly: true});

describe('evidence hashed where the worker may not compile WebAssembly', () => {
  it('is hashed in pure JavaScript, and the endpoint accepts the file', async () => {
    const page = await (await harness.browser.newContext()).newPage();
    const scripts: string[] = [];
    page.context().on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${harness.origin}/evidence`);
    await page.locator('soh-media-upload input[type="file"]').waitFor();
    const bytes = Buffer.alloc(3 * 1024 * 1024, 9);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await new Keyboard(new PlaywrightPage(page)).file('plate.png', bytes);
    await page.locator('soh-media-upload').getByText('Uploaded and checked', {exact: true}).waitFor({timeout: 30000});
    const sha256 = await page.evaluate(
      () =>
        (document.querySelector('soh-media-upload') as unknown as {attachments: Array<{sha256: string}>}).attachments[0]
          .sha256,
    );
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    // The pure-JavaScript hasher (@noble/hashes' sha2 module, its own chunk) was fetched: the fallback ran.
    expect(scripts.filter((script) => /\/sha2-[\w-]+\.js$/.test(script))).toHaveLength(1);
  });
});

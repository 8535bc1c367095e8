import type {Page} from 'playwright';
import {beforeEach, describe, expect, it} from 'vitest';
import {useSandboxAndBrowser} from './harness.js';

// The ways a force can load the library, each on a page under the demo
// site's strict policy (script-src 'self', style-src 'self', Trusted Types
// required): the autoloader and the single-file build.
const harness = useSandboxAndBrowser();
let page: Page;
let problems: string[];
let fetched: string[];

beforeEach(async () => {
  page = await (await harness.browser.newContext()).newPage();
  problems = [];
  fetched = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => fetched.push(request.url()));
});

const firstQuestionShown = () =>
  page.waitForFunction(
    () =>
      !!document
        .querySelector('soh-report-form')
        ?.shadowRoot?.querySelector('soh-yes-no')
        ?.shadowRoot?.querySelector('input[type="radio"]'),
  );
const defined = (tag: string) => page.evaluate((name) => !!customElements.get(name), tag);

describe('loading the library', () => {
  it('with the autoloader: the elements on the page, and one added later, and nothing else', async () => {
    await page.goto(`${harness.origin}/autoload.html`);
    await firstQuestionShown();
    expect(await defined('soh-exit-page')).toBe(true);
    expect(await defined('soh-payment')).toBe(false);
    expect(fetched.some((url) => url.includes('/dist/soh-payment'))).toBe(false);
    expect(fetched.some((url) => url.includes('/dist/soh-live-chat'))).toBe(false);
    // It asked at once for every file the form needs, not one level of imports at a time, and for nothing else.
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href),
    );
    expect(preloads.filter((url) => /\/dist\/soh-report-form-[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(preloads.length).toBeGreaterThan(10);
    expect(preloads.filter((url) => /soh-(payment|live-chat|media-upload)/.test(url))).toEqual([]);

    await page.evaluate(() => document.querySelector('soh-config')!.append(document.createElement('soh-payment')));
    await page.waitForFunction(() => !!customElements.get('soh-payment'));
    expect(fetched.some((url) => url.endsWith('/dist/soh-payment.js'))).toBe(true);
    expect(new Set(fetched.map((url) => new URL(url).origin))).toEqual(new Set([harness.origin]));
    expect(problems).toEqual([]);
  });

  it('as one file: everything from it alone, no other script of ours fetched', async () => {
    await page.goto(`${harness.origin}/cdn.html`);
    await firstQuestionShown();
    expect(await defined('soh-payment')).toBe(true);
    const scripts = fetched.filter((url) => url.endsWith('.js'));
    expect(scripts).toEqual([`${harness.origin}/dist/cdn/soh-elements.js`]);
    expect(problems).toEqual([]);
  });
});

import type {BrowserContext, Page} from 'playwright';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {useSandboxAndBrowser} from './harness.js';
import {button, Keyboard, ofType, textBox} from './keyboard.js';
import {PlaywrightPage} from './engines/playwright-page.js';
import {inboxEntries} from './back-office.js';

// The domestic-abuse report on the demo site, by keyboard: after sending, and
// after leaving with Exit this page, nothing of it is left in any storage
// the page can reach.
const NEUTRAL = 'https://www.bbc.co.uk/weather';
const harness = useSandboxAndBrowser();
let context: BrowserContext;
let page: Page;
let keys: Keyboard;

beforeEach(async () => {
  context = await harness.browser.newContext();
  await context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({contentType: 'text/html', body: '<title>Weather</title>'}),
  );
  page = await context.newPage();
  keys = new Keyboard(new PlaywrightPage(page));
});
afterEach(async () => {
  await context.close();
});

/** Everything the page's harness.origin can reach that might hold a trace. */
function traces(): Promise<{local: number; session: number; databases: number; caches: number; cookie: string}> {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    cookie: document.cookie,
  }));
}

const none = {local: 0, session: 0, databases: 0, caches: 0, cookie: ''};

async function startReport(): Promise<void> {
  await page.goto(`${harness.origin}/report/domestic-abuse`);
  await page.locator('soh-report-form soh-yes-no').waitFor();
  await keys.tabTo(ofType('radio')); // in danger now? No
  await page.keyboard.press('ArrowDown');
  await keys.tabTo(button('Continue'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', {name: 'Before you start'}).waitFor();
}

describe('reporting domestic abuse', () => {
  it('shows the exit control and the interruption page, sends, and leaves nothing on the device', async () => {
    await startReport();
    await expect(
      page.locator('soh-report-form').getByRole('button', {name: 'Emergency Exit this page'}).count(),
    ).resolves.toBe(1);
    await keys.tabTo(button('Continue'));
    await page.keyboard.press('Enter');
    await keys.tabTo(textBox);
    await page.keyboard.type('He checks my phone and will not let me see my friends.');
    await keys.tabTo(button('Continue'));
    await page.keyboard.press('Enter');
    await keys.tabTo(ofType('radio')); // partner
    await page.keyboard.press('Space');
    for (let question = 0; question < 2; question++) {
      await keys.tabTo(ofType('radio')); // lives with you? children? No
      await page.keyboard.press('ArrowDown');
    }
    await keys.tabTo(button('Continue'));
    await page.keyboard.press('Enter');
    await keys.tabTo(textBox);
    await page.keyboard.type('Sam Example');
    await page.keyboard.press('Enter');
    await keys.tabTo(ofType('checkbox')); // a phone call is safe
    await page.keyboard.press('Space');
    await keys.tabTo(textBox);
    await page.keyboard.type('07700 900982');
    await keys.tabTo(ofType('checkbox')); // mornings
    await page.keyboard.press('Space');
    await keys.tabTo(ofType('radio')); // a message may be left: No
    await page.keyboard.press('ArrowDown');
    await keys.tabTo(button('Continue'));
    await page.keyboard.press('Enter');
    await keys.tabTo(button('Send report'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', {name: 'Report sent'}).waitFor();
    await expect(page.locator('soh-report-form').getByRole('button', {name: 'Download a copy'}).count()).resolves.toBe(
      0,
    );
    expect(await traces()).toEqual(none);
    const inbox = await inboxEntries<{
      category: string;
      document: {included: Array<{type: string; attributes: Record<string, unknown>}>};
    }>(harness.app);
    const stored = inbox.find((entry) => entry.category === 'DAB')!;
    // A phone call is safe: by phone, in the SDM's contact preference. When, and whether a message may be left, have
    // no SDM attribute: they are in the report's text, which whoever contacts them reads first.
    expect(stored.document.included.find((entity) => entity.type === 'person')!.attributes).toMatchObject({
      contactPreference: ['CPNC_0002'],
    });
    const {submissionContent} = stored.document.included.find((entity) => entity.type === 'submission')!.attributes;
    expect(submissionContent).toContain('When is it safe?: Mornings (8am to 12pm)');
    expect(submissionContent).toContain('Can we leave a message?: No');
  });

  it('leaves nothing on the device after Exit this page', async () => {
    await startReport();
    await keys.tabTo(button('Continue'));
    await page.keyboard.press('Enter');
    await keys.tabTo(textBox);
    await page.keyboard.type('Something I do not want anyone to see');
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    await page.goto(`${harness.origin}/inbox.json`);
    expect(await traces()).toEqual(none);
  });
});

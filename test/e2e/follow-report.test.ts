import type {Page} from 'playwright';
import {beforeEach, describe, expect, it} from 'vitest';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import {signInToBackOffice} from './back-office.js';
import {useSandboxAndBrowser} from './harness.js';
import {Keyboard} from './keyboard.js';

// Following a report on the demo site, with the keyboard alone: send a
// report, ask to follow it, go to the follow page, type the reference and
// the code, read the force's message, reply; the back office sees the reply.
const harness = useSandboxAndBrowser();
let page: Page;
let keys: Keyboard;
let problems: string[];

beforeEach(async () => {
  page = await (await harness.browser.newContext()).newPage();
  keys = new Keyboard(page);
  problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
});

const statusText = () =>
  page.evaluate(() =>
    (document.querySelector('soh-report-status')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
  );
const waitForStatusText = (text: string) =>
  page.waitForFunction(
    (wanted) =>
      (document.querySelector('soh-report-status')?.shadowRoot?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .includes(wanted),
    text,
  );

describe('following a report', () => {
  it('from the confirmation to a conversation with the force', async () => {
    await page.goto(`${harness.origin}/?service=covid-breach`);
    await page.locator('soh-report-form form [type="submit"]').waitFor();
    const next = () => keys.nextPage('Continue');
    await keys.radio(1); // no one in danger
    await next();
    await keys.text('The park');
    await next();
    await keys.parts('2', '11', '2026');
    await next();
    await keys.text('A large party');
    await next();
    await keys.pressButton('Send report');
    const reference = (await page.locator('soh-report-form .reference').first().innerText({timeout: 30000})).trim();

    await keys.pressButton('Get a code to follow it');
    const link = await page.locator('soh-report-form [part="follow"] a').getAttribute('href', {timeout: 10000});
    const code = (await page.locator('soh-report-form [part="follow"] .reference').innerText()).trim();
    expect(code).toMatch(/^[3-9A-Y]{4}-[3-9A-Y]{4}-[3-9A-Y]{4}$/);
    // The link is to the follow page alone: the browser's history keeps every address it opens.
    expect(link).toBe(`${harness.origin}/follow.html`);

    await keys.tabTo((at) => at.tag === 'a' && at.text === 'Follow your report');
    await keys.press('Enter');
    await page.waitForURL(`${harness.origin}/follow.html`);
    await keys.text(reference);
    await keys.text(code);
    await keys.pressButton('View your report');
    await waitForStatusText('Report received');
    expect(page.url()).toBe(`${harness.origin}/follow.html`);
    expect(await statusText()).toContain(`Your report ${reference}`);

    // The force writes from the back office; the page hears it.
    await harness.app.inject({
      method: 'POST',
      url: `/inbox/${reference}/messages`,
      headers: {'content-type': 'application/json', authorization: `Bearer ${TEST_OPERATOR_TOKEN}`},
      payload: {text: 'Thank you. Which park was it?'},
    });
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await waitForStatusText('Thank you. Which park was it?');

    await keys.text('Central Park, by the lake');
    await keys.pressButton('Send');
    await waitForStatusText('Central Park, by the lake');

    const inbox = await (await harness.browser.newContext()).newPage();
    await signInToBackOffice(inbox, harness.origin);
    expect(await inbox.locator('.follow').first().innerText()).toContain('Central Park, by the lake');
    expect(problems).toEqual([]);
  });
});

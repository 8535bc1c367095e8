import type {Page} from 'playwright';
import {beforeEach, describe, expect, it} from 'vitest';
import {useSandboxAndBrowser} from './harness.js';
import {Keyboard} from './keyboard.js';

// Following a report on the demo site, with the keyboard alone: send a
// report, ask to follow it, open the private link, read the force's
// message, reply; the back office sees the reply.
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
    expect(link).toBe(`${harness.origin}/follow.html#report=${reference}&code=${code}`);

    // The private link: it opens the report, and the code leaves the address at once.
    await page.goto(link!);
    await waitForStatusText('Report received');
    expect(page.url()).toBe(`${harness.origin}/follow.html`);
    expect(await statusText()).toContain(`Your report ${reference}`);

    // The force writes from the back office; the page hears it.
    await harness.app.inject({
      method: 'POST',
      url: `/inbox/${reference}/messages`,
      headers: {'content-type': 'application/json'},
      payload: {text: 'Thank you. Which park was it?'},
    });
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await waitForStatusText('Thank you. Which park was it?');

    await keys.text('Central Park, by the lake');
    await keys.pressButton('Send');
    await waitForStatusText('Central Park, by the lake');

    const inbox = await (await harness.browser.newContext()).newPage();
    await inbox.goto(`${harness.origin}/inbox`);
    expect(await inbox.locator('.follow').first().innerText()).toContain('Central Park, by the lake');
    expect(problems).toEqual([]);
  });
});

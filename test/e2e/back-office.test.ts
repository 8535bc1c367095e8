import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import {inboxEntries, signInToBackOffice} from './back-office.js';
import {useSandboxAndBrowser} from './harness.js';
import {validReport} from '../security/security-sandbox.js';

// The back office in a real browser: an operator signs in by keyboard and writes to a person from the inbox page;
// a page on another origin that posts the same form with the operator's cookie is refused.
const harness = useSandboxAndBrowser();
let reference: string;
let hostile: Server;
let hostileOrigin: string;

beforeAll(async () => {
  const sent = await harness.app.inject({
    method: 'POST',
    url: '/incidents',
    headers: {'content-type': 'application/vnd.api+json', 'idempotency-key': crypto.randomUUID()},
    payload: JSON.stringify(validReport()),
  });
  reference = sent.json().data.attributes.customerReferenceNumber;
  // Another site (another port: the same site as far as SameSite cookies go, but not the same origin).
  hostile = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><title>Win a prize</title>
<form method="post" action="${harness.origin}/inbox/${reference}/messages">
<input type="hidden" name="text" value="This is the police. Call this number now.">
<button>Claim your prize</button></form>`);
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostileOrigin = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => hostile.close(resolve)));

const forceMessages = async () => {
  const page = await harness.app.inject({
    method: 'GET',
    url: '/inbox',
    headers: {authorization: `Bearer ${TEST_OPERATOR_TOKEN}`},
  });
  return page.body.split('You wrote').length - 1;
};

describe('the back office in a browser', () => {
  it('sends a visitor who is not signed in to the sign-in page, and refuses a wrong token with an error', async () => {
    const page = await (await harness.browser.newContext()).newPage();
    await page.goto(`${harness.origin}/agent`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Operator token').fill('not the operator token');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    await page.context().close();
  });

  it('signs in by keyboard, and the inbox’s form writes to the person', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await signInToBackOffice(page, harness.origin);
    expect(await page.locator('main').innerText()).toContain(reference);
    const before = await forceMessages();
    const box = page.locator(`#message-${reference}`);
    await box.focus();
    await page.keyboard.type('Thank you for your report.');
    await page.keyboard.press('Tab');
    const posted = page.waitForResponse((response) => response.url().endsWith(`/inbox/${reference}/messages`));
    await page.keyboard.press('Enter');
    expect((await posted).status()).toBe(303);
    await page.waitForURL(`${harness.origin}/inbox`);
    expect(await forceMessages()).toBe(before + 1);
    expect(await page.locator('.follow').first().innerText()).toContain('Thank you for your report.');
    await context.close();
  });

  it('refuses the same form posted from another origin with the signed-in operator’s cookie', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await signInToBackOffice(page, harness.origin);
    const before = await forceMessages();
    await page.goto(hostileOrigin);
    await page.getByRole('button', {name: 'Claim your prize'}).press('Enter');
    await page.waitForLoadState();
    expect(await page.locator('body').innerText()).toContain('Refused');
    expect(await forceMessages()).toBe(before);
    expect((await inboxEntries(harness.app)).length).toBeGreaterThan(0);
    await context.close();
  });
});

import {createRequire} from 'node:module';
import type {Page} from 'playwright';
import {beforeEach, describe, expect, it} from 'vitest';
import {fillFirearmsApplication} from './firearms-application.js';
import {useSandboxAndBrowser} from './harness.js';
import {Keyboard} from './keyboard.js';
import {PlaywrightPage} from './engines/playwright-page.js';

// Paying for a firearms application on the demo force site, with the
// keyboard alone, through the sandbox's stand-in for the provider's pages:
// whole-page moves there and back, under the site's strict policy.
const harness = useSandboxAndBrowser();
let page: Page;
let keys: Keyboard;
/** Every host the browser asked for something. */
let hosts: Set<string>;

beforeEach(async () => {
  page = await (await harness.browser.newContext()).newPage();
  keys = new Keyboard(new PlaywrightPage(page));
  hosts = new Set();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
});

const paymentText = () =>
  page.evaluate(() =>
    (document.querySelector('soh-payment')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
const waitForPaymentText = async (text: string) => {
  try {
    await page.waitForFunction(
      (wanted) =>
        (document.querySelector('soh-payment')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(wanted),
      text,
      {timeout: 15000},
    );
  } catch (error) {
    throw new Error(`The payment never said "${text}"; it says "${await paymentText()}" at ${page.url()}`, {
      cause: error,
    });
  }
};

/** The payer on the card page: each field with the keyboard, then Continue. */
async function enterCard(cardNumber: string, continueWord = 'Continue') {
  await page.waitForURL(/\/pay\//);
  await keys.text(cardNumber);
  for (const value of ['12', '39']) {
    await keys.press('Tab');
    await keys.type(value);
  }
  await keys.text('Alex Example');
  await keys.text('123');
  await keys.pressButton(continueWord);
}

/** Starts a payment on its own: the reference typed, a new firearm certificate chosen. */
async function startStandalone(reference: string, say = {continue: 'Continue', pay: 'Continue to payment'}) {
  // Straight to the payment's first box (the journey from the application is done by keyboard alone above).
  await page.locator('soh-payment #reference').focus();
  await keys.type(reference);
  await keys.radio(0); // a new certificate
  await keys.radio(0); // firearm certificate
  await keys.pressButton(say.continue);
  await page.locator('soh-payment .summary-list').waitFor();
  await keys.pressButton(say.pay);
}

describe('paying for a firearms application', () => {
  it('goes from the application to the provider and back, paid once, even after Back and a reload', async () => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto(`${harness.origin}/report/firearms`);
    await page.locator('soh-report-form form [type="submit"]').waitFor();
    await fillFirearmsApplication(keys, () => keys.nextPage('Continue'));
    await keys.pressButton('Send application');
    const reference = (await page.locator('soh-report-form .reference').innerText({timeout: 30000})).trim();

    // The payment takes over: the fee as the endpoint states it.
    await waitForPaymentText('Total to pay £194.00');
    expect(await paymentText()).toContain(`Application reference ${reference}`);
    expect(await paymentText()).toContain('New shotgun certificate £194.00');
    // The provider sends the payer back to the force's payment page (the form's page is done with).
    const returnUrl = `${harness.origin}/pay`;
    await keys.pressButton('Continue to payment');
    await enterCard('4444 3333 2222 1111');
    await page.waitForURL(/\/pay\//);
    await page.getByText('Card ending 1111').waitFor();
    await keys.pressButton('Confirm payment');

    // Back on the force's page: the address says nothing about the outcome; the endpoint does.
    await page.waitForURL(returnUrl);
    expect(page.url()).toBe(returnUrl);
    await waitForPaymentText('Payment received');
    expect(await paymentText()).toMatch(/Your payment reference ?[A-Z0-9]{4}-[A-Z0-9]{4}/);

    // Back, to the provider's pages: nothing can be paid again there.
    await page.goBack();
    await page.waitForURL(/\/pay\//);
    await page.getByText('This payment has already been made').waitFor();
    // Forward to the force's page, then a reload: still paid, and no button to pay again.
    await page.goForward();
    await waitForPaymentText('Payment received');
    await page.reload();
    await waitForPaymentText('Payment received');
    expect(await paymentText()).not.toContain('Continue to payment');

    // The endpoint agrees: one payment succeeded for the application, and another is refused.
    const again = await harness.app.inject({
      method: 'POST',
      url: '/payments',
      headers: {'idempotency-key': crypto.randomUUID(), host: new URL(harness.origin).host},
      payload: {service: 'firearms-licence', items: ['shotgun-grant'], reference, returnUrl, language: 'en'},
    });
    expect(again.json().errors[0].code).toBe('already-paid');
    expect([...hosts]).toEqual([new URL(harness.origin).host]);
    expect(consoleErrors).toEqual([]);
  });

  it('in Welsh: the provider speaks Welsh, a declined card is said plainly, and a new payment goes through', async () => {
    await page.goto(`${harness.origin}/cy/pay`);
    // As a person would: the payment's questions in Welsh before anything is typed into them.
    await page.locator('soh-payment label[for="reference"]', {hasText: 'Cyfeirnod eich cais'}).waitFor();
    await startStandalone('HXR7-3KQ9', {continue: 'Parhau', pay: 'Parhau i dalu'});
    await page.waitForURL(/\/pay\//);
    const firstCardPage = page.url();
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await page.getByText('Rhowch fanylion y cerdyn').waitFor();
    await enterCard('4000000000000002', 'Parhau');

    await page.waitForURL(`${harness.origin}/cy/pay`);
    await waitForPaymentText('Gwrthodwyd eich taliad');
    await keys.pressButton('Rhoi cynnig arall ar dalu');
    await page.waitForURL(/\/pay\//);
    expect(page.url()).not.toBe(firstCardPage);
    await enterCard('4444333322221111', 'Parhau');
    await page.getByText('Cerdyn yn gorffen â 1111').waitFor();
    await keys.pressButton('Cadarnhau’r taliad');
    await waitForPaymentText('Taliad wedi dod i law');
  });

  it('says what is wrong on the card page, focused first; a cancelled payment says so', async () => {
    await page.goto(`${harness.origin}/pay`);
    await startStandalone('KQ9H-XR7M');
    await page.waitForURL(/\/pay\//);
    await keys.pressButton('Continue');
    await page.locator('.error-summary').waitFor();
    // `autofocus` is run at the browser's next rendering step, not when the element is parsed,
    // so wait for focus to land rather than reading it the moment the summary exists.
    await page.waitForFunction(() => document.activeElement?.className === 'error-summary', undefined, {timeout: 5000});
    expect(await page.title()).toMatch(/^Error: /);
    await keys.pressButton('Cancel payment');
    await waitForPaymentText('You cancelled your payment');
    expect(await paymentText()).toContain('Pay now');
  });

  it('times out after 90 minutes: the provider says so, and so does the force’s page', async () => {
    await page.goto(`${harness.origin}/pay`);
    await startStandalone('M7QH-KX9R');
    await page.waitForURL(/\/pay\//);
    await harness.app.inject({method: 'POST', url: '/__payments/clock', payload: {advanceMs: 90 * 60 * 1000}});
    await enterCard('4444333322221111');
    await page.getByText('Your payment session has expired').waitFor();
    await keys.tabTo((at) => at.tag === 'a' && at.text === 'Continue');
    await keys.press('Enter');
    await waitForPaymentText('Your payment timed out');
  });

  it('the card page passes axe, in English and Welsh', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    for (const language of ['en', 'cy'] as const) {
      const created = await harness.app.inject({
        method: 'POST',
        url: '/payments',
        headers: {'idempotency-key': crypto.randomUUID(), host: new URL(harness.origin).host},
        payload: {
          service: 'firearms-licence',
          items: ['firearm-grant'],
          reference: 'WX7R-9KQM',
          returnUrl: `${harness.origin}/pay`,
          language,
        },
      });
      // axe is added as a script of the test's own; the page's policy would rightly refuse it.
      const context = await harness.browser.newContext({bypassCSP: true});
      const axePage = await context.newPage();
      for (const form of [undefined, {}]) {
        await axePage.goto(created.json().nextUrl);
        if (form) await axePage.locator('form button[type="submit"]').first().click();
        await axePage.addScriptTag({path: axePath});
        const violations = await axePage.evaluate(async () => {
          const axe = (window as unknown as {axe: {run: () => Promise<{violations: Array<{id: string}>}>}}).axe;
          return (await axe.run()).violations.map((violation) => violation.id);
        });
        expect(violations, `${language}${form ? ', with errors' : ''}`).toEqual([]);
      }
      await context.close();
    }
  });
});

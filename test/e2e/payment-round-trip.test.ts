import {expect, it} from 'vitest';
import {fillFirearmsApplication} from './firearms-application.js';
import {useSandbox} from './harness.js';
import {Keyboard} from './keyboard.js';
import {waitFor, waitForPage, type EnginePage} from './engines/engine-page.js';
import {inEachEngine} from './engines/engines.js';

// The payment round trip in each engine, with the keyboard alone: a firearms application sent, the fee, the
// provider's card page (the sandbox's stand-in), back to the force's page paid, and Back, Forward and a reload
// that cannot pay twice. (payment.test.ts tries the rest in Chromium: Welsh, declined, cancelled, timed out.)
const harness = useSandbox();
let page: EnginePage;
let keys: Keyboard;

const paymentText = () =>
  (document.querySelector('soh-payment')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pageText = () => document.body.textContent?.replace(/\s+/g, ' ') ?? '';

async function waitForPaymentText(text: string): Promise<void> {
  await waitFor(
    page,
    (wanted) =>
      (document.querySelector('soh-payment')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(wanted),
    text,
  );
}

/** Waits for the provider's card page (a whole page of its own, no elements of ours), saying `text`. */
async function onProviderPage(text: string): Promise<void> {
  await waitForPage(page, '/pay');
  await waitFor(
    page,
    (wanted) => location.pathname.startsWith('/pay/') && (document.body?.textContent ?? '').includes(wanted),
    text,
  );
}

inEachEngine(
  (opened) => {
    page = opened;
    keys = new Keyboard(opened);
  },
  () => {
    it('paying for a firearms application: to the provider and back, paid once, even after Back and a reload', async () => {
      await page.goto(`${harness.origin}/report/firearms`);
      await waitFor(
        page,
        () => !!document.querySelector('soh-report-form')?.shadowRoot?.querySelector('form [type="submit"]'),
      );
      await fillFirearmsApplication(keys, () => keys.nextPage('Continue'));
      await keys.pressButton('Send application');
      const reference = () =>
        document.querySelector('soh-report-form')?.shadowRoot?.querySelector('.reference')?.textContent?.trim() ?? '';
      await waitFor(page, reference, undefined, 30000);
      const sent = await page.evaluate(reference);

      // The payment takes over: the fee as the endpoint states it.
      await waitForPaymentText('Total to pay £194.00');
      expect(await page.evaluate(paymentText)).toContain(`Application reference ${sent}`);
      // The provider sends the payer back to the force's payment page (the form's page is done with).
      const returnUrl = `${harness.origin}/pay`;
      await keys.pressButton('Continue to payment');

      // The provider's card page, each box with the keyboard.
      await onProviderPage('Enter card details');
      await keys.text('4444 3333 2222 1111');
      for (const value of ['12', '39']) {
        await keys.press('Tab');
        await keys.type(value);
      }
      await keys.text('Alex Example');
      await keys.text('123');
      await keys.pressButton('Continue');
      await onProviderPage('Card ending 1111');
      await keys.pressButton('Confirm payment');

      // Back on the force's page: the address says nothing about the outcome; the endpoint does.
      await waitForPage(page, returnUrl);
      await waitForPaymentText('Payment received');
      expect(await page.evaluate(paymentText)).toMatch(/Your payment reference ?[A-Z0-9]{4}-[A-Z0-9]{4}/);

      // Back, to the provider's pages: nothing can be paid again there. Chromium and Firefox ask the provider for the
      // page again and it says so; WebKit, as Safari does, shows the confirm page as it was, from its back-forward
      // cache (even though the page says no-store), and confirming again is refused in the same words.
      await page.back();
      // The provider's pages are under /pay/; the force's payment page, which the tab is leaving, is /pay.
      await waitFor(page, () => location.pathname.startsWith('/pay/') && document.readyState === 'complete');
      const restoredAsItWas = await page.evaluate(() => (document.body?.textContent ?? '').includes('Confirm payment'));
      expect(restoredAsItWas).toBe(page.engine === 'webkit');
      if (restoredAsItWas) await keys.pressButton('Confirm payment');
      await onProviderPage('This payment has already been made');
      // To the force's page again, then a reload: still paid, and no button to pay again. (Forward, where the
      // history still has the force's page ahead; after WebKit's refused confirm, the provider's Continue.)
      if (restoredAsItWas) {
        await keys.tabTo((at) => at.tag === 'a' && at.text === 'Continue');
        await keys.press('Enter');
      } else await page.forward();
      await waitForPaymentText('Payment received');
      await page.reload();
      await waitForPaymentText('Payment received');
      expect(await page.evaluate(paymentText)).not.toContain('Continue to payment');
      expect(await page.evaluate(pageText)).not.toContain('Card ending');

      // The endpoint agrees: one payment succeeded for the application, and another is refused.
      const again = await harness.app.inject({
        method: 'POST',
        url: '/payments',
        headers: {'idempotency-key': crypto.randomUUID(), host: new URL(harness.origin).host},
        payload: {service: 'firearms-licence', items: ['shotgun-grant'], reference: sent, returnUrl, language: 'en'},
      });
      expect(again.json().errors[0].code).toBe('already-paid');
      expect(page.errors).toEqual([]);
    });
  },
);

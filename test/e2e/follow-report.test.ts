import {expect, it} from 'vitest';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import {useSandbox} from './harness.js';
import {Keyboard} from './keyboard.js';
import {waitFor, waitForPage, type EnginePage} from './engines/engine-page.js';
import {inEachEngine} from './engines/engines.js';

// Following a report on the demo site, with the keyboard alone, in each engine: send a report, ask to follow
// it, go to the follow page, type the reference and the code, read the force's message, reply; the force's
// inbox holds the reply. (The back office's own pages are tested in back-office.test.ts.)
const harness = useSandbox();
let page: EnginePage;
let keys: Keyboard;

/** What a shadow root shows, by the selector of its host (and of an element in it). */
const shown = ([host, inner]: [string, string]) =>
  (
    (inner
      ? document.querySelector(host)?.shadowRoot?.querySelector(inner)?.textContent
      : document.querySelector(host)?.shadowRoot?.textContent) ?? ''
  )
    .replace(/\s+/g, ' ')
    .trim();

const waitForStatusText = (text: string) =>
  waitFor(
    page,
    (wanted) =>
      (document.querySelector('soh-report-status')?.shadowRoot?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .includes(wanted),
    text,
  );

inEachEngine(
  (opened) => {
    page = opened;
    keys = new Keyboard(opened);
  },
  () => {
    it('following a report: from the confirmation to a conversation with the force', async () => {
      await page.goto(`${harness.origin}/report/covid-breach`);
      await waitFor(
        page,
        () => !!document.querySelector('soh-report-form')?.shadowRoot?.querySelector('form [type="submit"]'),
      );
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
      await waitFor(page, shown, ['soh-report-form', '.reference'], 30000);
      const reference = await page.evaluate(shown, ['soh-report-form', '.reference']);

      await keys.pressButton('Get a code to follow it');
      await waitFor(page, shown, ['soh-report-form', '[part="follow"] .reference'], 10000);
      const code = await page.evaluate(shown, ['soh-report-form', '[part="follow"] .reference']);
      expect(code).toMatch(/^[3-9A-Y]{4}-[3-9A-Y]{4}-[3-9A-Y]{4}$/);
      // The link is to the follow page alone: the browser's history keeps every address it opens.
      const link = await page.evaluate(() =>
        document.querySelector('soh-report-form')?.shadowRoot?.querySelector('[part="follow"] a')?.getAttribute('href'),
      );
      expect(link).toBe(`${harness.origin}/follow`);

      await keys.tabTo((at) => at.tag === 'a' && at.text === 'Follow your report');
      await keys.press('Enter');
      await waitForPage(page, `${harness.origin}/follow`);
      await waitFor(page, () => !!document.querySelector('soh-report-status')?.shadowRoot?.querySelector('input'));
      await keys.text(reference);
      await keys.text(code);
      await keys.pressButton('View your report');
      await waitForStatusText('Report received');
      expect(await page.url()).toBe(`${harness.origin}/follow`);
      expect(await page.evaluate(shown, ['soh-report-status', ''])).toContain(`Your report ${reference}`);

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

      // The force's inbox shows the reply under the report.
      const inbox = await harness.app.inject({
        method: 'GET',
        url: '/inbox',
        headers: {authorization: `Bearer ${TEST_OPERATOR_TOKEN}`},
      });
      expect(inbox.body).toContain(reference);
      expect(inbox.body).toContain('Central Park, by the lake');
      expect(page.errors).toEqual([]);
    });
  },
);

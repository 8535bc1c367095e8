import {expect, it} from 'vitest';
import {useSandbox} from './harness.js';
import {waitFor, type EnginePage} from './engines/engine-page.js';
import {inEachEngine} from './engines/engines.js';

// The exit control on the demo force site, with the keyboard alone, in each engine: Shift three times or the
// button, storage cleared, and Back does not return to the page. (The neutral page is another site in use; here
// it is a plain file of the sandbox's own, as these browsers have no network.)
const harness = useSandbox();
let page: EnginePage;

/** The demo site, its exit control sent to a neutral page on the sandbox. */
async function openDemo(): Promise<string> {
  const neutral = `${harness.origin}/site.css`;
  await page.goto(`${harness.origin}/`);
  await waitFor(page, () => !!document.querySelector('soh-exit-page')?.shadowRoot?.querySelector('button'));
  await page.evaluate((address) => document.querySelector('soh-exit-page')!.setAttribute('exit-url', address), neutral);
  return neutral;
}

inEachEngine(
  (opened) => {
    page = opened;
  },
  () => {
    it('the exit control leaves for the neutral page after Shift three times, clears storage, and Back skips the page', async () => {
      await page.goto(`${harness.origin}/follow`);
      const neutral = await openDemo();
      await page.evaluate(() => {
        sessionStorage.setItem('soh:draft:crime', 'what happened');
        localStorage.setItem('tus::upload', 'an upload');
      });
      // Each press is counted aloud, as a person hears it (the control's live region).
      for (const remaining of ['2 more times', '1 more time']) {
        await page.press('Shift');
        await waitFor(
          page,
          (words) => (document.querySelector('soh-exit-page')?.shadowRoot?.textContent ?? '').includes(words),
          `Shift, press ${remaining} to exit.`,
        );
      }
      await page.press('Shift');
      await waitFor(page, (address) => location.href === address, neutral);
      await page.back();
      await waitFor(page, () => location.pathname === '/follow');
      const left = await page.evaluate(() => [
        sessionStorage.getItem('soh:draft:crime'),
        localStorage.getItem('tus::upload'),
      ]);
      expect(left).toEqual([null, null]);
    });

    it('the exit control leaves when its button is pressed with the keyboard alone', async () => {
      const neutral = await openDemo();
      await page.press('Tab');
      const focused = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return (
          !!active?.closest('button') && active?.getRootNode() === document.querySelector('soh-exit-page')?.shadowRoot
        );
      });
      expect(focused).toBe(true);
      await page.press('Enter');
      await waitFor(page, (address) => location.href === address, neutral);
    });
  },
);

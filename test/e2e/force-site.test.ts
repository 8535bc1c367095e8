import {expect, it} from 'vitest';
import {SITE_FORCE} from '../../demo/server/site/site-pages.js';
import {servicesOffered} from '../../src/forces/service-offers.js';
import {serviceCatalogue} from '../../src/generated/service-catalogue.js';
import {useSandbox} from './harness.js';
import {Keyboard} from './keyboard.js';
import {waitFor, waitForPage, type EnginePage} from './engines/engine-page.js';
import {inEachEngine} from './engines/engines.js';
import {formHeading, SITE_PAGES} from './site-pages.js';

// The demo force site as a force's site, in each engine: a home page listing the force's services, a page for
// each, Welsh pages at their own addresses, the exit control and the chat on every page, a 404 that helps, and
// Police.uk's national page. (Axe, reflow and the policy on every page: demo-site.test.ts, in Chromium.)
const harness = useSandbox();
let page: EnginePage;
let keys: Keyboard;

/** The force's services, from the library's own list: the home page must link to each, part by part. */
const offered = (['report', 'request', 'feedback'] as const).flatMap((group) =>
  servicesOffered(SITE_FORCE, serviceCatalogue).filter((service) => service.group === group),
);

/** The service list's links, as written, and their text. */
const serviceLinks = () =>
  [...(document.querySelector('soh-service-list')?.shadowRoot?.querySelectorAll('a') ?? [])].map((link) => ({
    href: link.getAttribute('href'),
    text: (link.textContent ?? '').trim(),
  }));

async function waitForServiceLinks(): Promise<void> {
  await waitFor(
    page,
    () => (document.querySelector('soh-service-list')?.shadowRoot?.querySelectorAll('a').length ?? 0) > 0,
  );
}

/** Waits until the form's heading (its page's h1) is what `wanted` accepts; fails saying what it is. */
async function waitForFormHeading(wanted: (heading: string) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15000;
  let heading = '';
  while (Date.now() < deadline) {
    heading = await page.evaluate(formHeading).catch(() => '');
    if (wanted(heading)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${page.engine}: the form's heading is "${heading}", not ${what}, at ${await page.url()}`);
}

inEachEngine(
  (opened) => {
    page = opened;
    keys = new Keyboard(opened);
  },
  () => {
    it('lists every service the force offers on the home page, and each link opens that service’s form', async () => {
      await page.goto(`${harness.origin}/`);
      await waitForServiceLinks();
      const links = await page.evaluate(serviceLinks);
      expect(links.map((link) => link.href)).toEqual(offered.map((service) => `/report/${service.id}`));
      expect(links.map((link) => link.text)).toEqual(offered.map((service) => service.title.en));

      // The first by the link itself, as a person would; then every other link's page.
      await page.evaluate(() => document.querySelector('soh-service-list')!.shadowRoot!.querySelector('a')!.click());
      await waitForPage(page, `/report/${offered[0].id}`);
      for (const service of offered) {
        if (service !== offered[0]) await page.goto(`${harness.origin}/report/${service.id}`);
        // That service's form, started: its first page has a heading (a question, or what to do instead).
        expect(await page.evaluate(() => document.querySelector('soh-report-form')?.getAttribute('service'))).toBe(
          service.id,
        );
        await waitForFormHeading((heading) => heading !== '', 'any heading');
        expect(await page.evaluate(() => document.title)).toBe(`${service.title.en} – Example Constabulary`);
      }
    });

    it('keeps a Welsh reader in Welsh: the Welsh home page’s links go to Welsh pages, whose forms are in Welsh', async () => {
      await page.goto(`${harness.origin}/cy/`);
      await waitForServiceLinks();
      const links = await page.evaluate(serviceLinks);
      expect(links.map((link) => link.href)).toEqual(offered.map((service) => `/cy/report/${service.id}`));
      expect(links.map((link) => link.text)).toEqual(offered.map((service) => service.title.cy));

      await page.evaluate(() => document.querySelector('soh-service-list')!.shadowRoot!.querySelector('a')!.click());
      await waitForPage(page, '/cy/report/crime');
      const question = 'A oes unrhyw un mewn perygl uniongyrchol, neu a oes trosedd yn digwydd nawr?';
      await waitForFormHeading((heading) => heading === question, question);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    });

    it('links each page to its counterpart in the other language, and the link goes there', async () => {
      for (const englishPath of SITE_PAGES) {
        for (const [path, other, otherPath, name] of [
          [englishPath, 'cy', `/cy${englishPath}`, 'Cymraeg'],
          [`/cy${englishPath}`, 'en', englishPath, 'English'],
        ]) {
          await page.goto(`${harness.origin}${path}`);
          const link = await page.evaluate(() => {
            const found = document.querySelector('a[hreflang]');
            return {
              page: document.documentElement.lang,
              href: found?.getAttribute('href'),
              lang: found?.getAttribute('lang'),
              hreflang: found?.getAttribute('hreflang'),
              text: found?.textContent?.trim(),
            };
          });
          expect(link, path).toEqual({
            page: other === 'cy' ? 'en' : 'cy',
            href: otherPath,
            lang: other,
            hreflang: other,
            text: name,
          });
        }
      }
      // Followed: from the English payment page to the Welsh one, and back.
      await page.goto(`${harness.origin}/pay`);
      await page.evaluate(() => document.querySelector<HTMLAnchorElement>('a[hreflang="cy"]')!.click());
      await waitForPage(page, `${harness.origin}/cy/pay`);
      await page.evaluate(() => document.querySelector<HTMLAnchorElement>('a[hreflang="en"]')!.click());
      await waitForPage(page, `${harness.origin}/pay`);
    });

    it('puts the exit control first and the chat launcher on every page, in both languages', async () => {
      for (const englishPath of SITE_PAGES)
        for (const path of [englishPath, `/cy${englishPath}`]) {
          await page.goto(`${harness.origin}${path}`);
          expect(await page.evaluate(() => document.body.firstElementChild?.localName), path).toBe('soh-exit-page');
          await waitFor(
            page,
            () =>
              !!document.querySelector('soh-exit-page')?.shadowRoot?.querySelector('button') &&
              !!document.querySelector('soh-live-chat')?.shadowRoot?.querySelector('button'),
          );
        }
      // The first thing a keyboard reaches.
      await page.goto(`${harness.origin}/report/domestic-abuse`);
      await waitFor(page, () => !!document.querySelector('soh-exit-page')?.shadowRoot?.querySelector('button'));
      await keys.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('soh-exit-page');
    });

    it('answers an unknown service with a 404 page that offers the force’s services, in its language', async () => {
      for (const [path, heading, prefix] of [
        ['/report/no-such-service', 'Page not found', '/report/'],
        ['/cy/report/no-such-service', 'Heb ddod o hyd i’r dudalen', '/cy/report/'],
      ]) {
        await page.goto(`${harness.origin}${path}`);
        expect(await page.evaluate(() => fetch(location.href).then((response) => response.status))).toBe(404);
        expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe(heading);
        await waitForServiceLinks();
        const links = await page.evaluate(serviceLinks);
        expect(links.map((link) => link.href)).toEqual(offered.map((service) => `${prefix}${service.id}`));
      }
    });

    it('on the national page, finds the force by postcode and carries on as that force’s form', async () => {
      await page.goto(`${harness.origin}/police-uk`);
      expect(await page.evaluate(() => document.querySelector('soh-config')?.hasAttribute('force'))).toBe(false);
      await waitFor(
        page,
        ([host]) => {
          const picker = document.querySelector(host)?.shadowRoot?.querySelector('soh-force-picker');
          return !!picker?.shadowRoot?.querySelector('soh-text-field[name="postcode"]');
        },
        ['soh-report-form'],
      );
      await page.evaluate(() =>
        document
          .querySelector('soh-report-form')!
          .shadowRoot!.querySelector('soh-force-picker')!
          .shadowRoot!.querySelector<HTMLElement>('soh-text-field[name="postcode"]')!
          .focus(),
      );
      await keys.type('CF10 1AA');
      await keys.pressButton('Continue');
      const question = 'Is anyone in immediate danger, or is a crime happening now?';
      await waitForFormHeading((heading) => heading === question, question);
      // The form is now South Wales Police's: its force, chosen on the page, not the page's.
      expect(
        await page.evaluate(() => (document.querySelector('soh-report-form') as unknown as {force: string}).force),
      ).toBe('south-wales');
    });
  },
);

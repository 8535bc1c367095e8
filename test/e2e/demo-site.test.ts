import {createRequire} from 'node:module';
import type {BrowserContext, Page} from 'playwright';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {useSandboxAndBrowser} from './harness.js';
import {SITE_PAGES} from './site-pages.js';

// The demo force site, served by the real sandbox over HTTP from the built
// bundle (`npm run build`), in Debian's Chromium: every page under the strict
// policy, axe and reflow; and the kitchen sink, every element on one page with
// pickers for the force and the language. (Its pages as a person uses them, in
// each engine: force-site.test.ts.)
const NEUTRAL = 'https://www.bbc.co.uk/weather';
const harness = useSandboxAndBrowser();
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeEach(async () => {
  context = await harness.browser.newContext();
  // The neutral page is another site: answer it here rather than go online.
  await context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({contentType: 'text/html', body: '<title>Weather</title><p>Weather'}),
  );
  page = await context.newPage();
  problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
});
afterEach(async () => {
  await context.close();
});

const KITCHEN_SINK = '/kitchen-sink.html';
/** Every page, in both languages, and the kitchen sink. */
const EVERY_PAGE = [...SITE_PAGES.flatMap((path) => [path, `/cy${path}`]), KITCHEN_SINK];

async function openDemo(): Promise<void> {
  await page.goto(`${harness.origin}${KITCHEN_SINK}`);
  await page.locator('soh-exit-page button').waitFor();
}

/** Waits until the page's elements have drawn themselves (the chat's launcher is on every page, and loads last). */
async function settled(): Promise<void> {
  await page.locator('soh-exit-page button').waitFor();
  await page.locator('soh-live-chat button').waitFor();
  await page.waitForLoadState('networkidle');
}

describe('every page of the demo force site', () => {
  it('runs under a strict Content Security Policy with Trusted Types, with no errors', async () => {
    for (const path of EVERY_PAGE) {
      problems = [];
      const response = await page.goto(`${harness.origin}${path}`);
      expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
      expect(response!.status(), path).toBe(path.endsWith('/no-such-service') ? 404 : 200);
      await settled();
      // The 404 page's own status is the only "error" the console may report.
      const others = problems.filter((problem) => !(response!.status() === 404 && problem.includes('404')));
      expect(others, path).toEqual([]);
    }
  });

  it('passes axe, in English and Welsh', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    // axe is added as a script of the test's own; the page's policy would rightly refuse it.
    const axeContext = await harness.browser.newContext({bypassCSP: true});
    const axePage = await axeContext.newPage();
    for (const path of EVERY_PAGE) {
      await axePage.goto(`${harness.origin}${path}`);
      await axePage.locator('soh-live-chat button').waitFor();
      await axePage.waitForLoadState('networkidle');
      await axePage.addScriptTag({path: axePath});
      const violations = await axePage.evaluate(async () => {
        const axe = (window as unknown as {axe: {run: () => Promise<{violations: Array<{id: string}>}>}}).axe;
        return (await axe.run()).violations.map((violation) => violation.id);
      });
      expect(violations, path).toEqual([]);
    }
    await axeContext.close();
  });

  it('has one h1, landmarks and a skip link to the main content', async () => {
    // (Not the kitchen sink: its own heading and the form's question are both there, as everything is.)
    for (const path of EVERY_PAGE.filter((each) => each !== KITCHEN_SINK)) {
      await page.goto(`${harness.origin}${path}`);
      await settled();
      const found = await page.evaluate(() => {
        // Level-1 headings through every shadow root: on a form's page, its question is the page's h1, as on
        // GOV.UK's question pages.
        let h1 = 0;
        const roots: ParentNode[] = [document];
        while (roots.length > 0)
          for (const element of roots.shift()!.querySelectorAll('*')) {
            if (element.matches('h1, [role="heading"][aria-level="1"]')) h1++;
            if (element.shadowRoot) roots.push(element.shadowRoot);
          }
        return {
          h1,
          main: document.querySelectorAll('main#main').length,
          skip: document.querySelector('.skip-link')?.getAttribute('href'),
        };
      });
      expect(found, path).toEqual({h1: 1, main: 1, skip: '#main'});
    }
  });

  it('reflows at 320 CSS pixels: nothing scrolls sideways', async () => {
    await page.setViewportSize({width: 320, height: 640});
    for (const path of EVERY_PAGE) {
      await page.goto(`${harness.origin}${path}`);
      await settled();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
});

describe('the kitchen sink, every element on one page', () => {
  it('runs under a strict Content Security Policy with Trusted Types, with no errors', async () => {
    const response = await page.goto(`${harness.origin}${KITCHEN_SINK}`);
    expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    await page.locator('soh-exit-page button').waitFor();
    await page.getByRole('button', {name: 'Emergency Exit this page'}).waitFor();
    expect(problems).toEqual([]);
  });

  it('asks nothing of any host but its own', async () => {
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).origin));
    await openDemo();
    await page.selectOption('#force-picker', 'north-wales');
    await page.locator('soh-config [part="language-switch"]').waitFor();
    expect([...hosts]).toEqual([harness.origin]);
  });

  it('leaves for the neutral page after Shift three times, clears storage, and Back skips the page', async () => {
    await page.goto(`${harness.origin}/follow`);
    await openDemo();
    await page.evaluate(() => {
      sessionStorage.setItem('soh:draft:crime', 'what happened');
      localStorage.setItem('tus::upload', 'an upload');
    });
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/follow');
    const left = await page.evaluate(() => [
      sessionStorage.getItem('soh:draft:crime'),
      localStorage.getItem('tus::upload'),
    ]);
    expect(left).toEqual([null, null]);
  });

  it('leaves when the button is pressed with the keyboard alone', async () => {
    await openDemo();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(NEUTRAL);
  });

  it('offers Cymraeg for a force in Wales, and the elements follow the choice', async () => {
    await openDemo();
    await page.selectOption('#force-picker', 'north-wales');
    await page.locator('soh-config button[lang="cy"]').click();
    await page.getByRole('button', {name: 'Argyfwng Gadael y dudalen'}).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
    await expect(page.locator('h1').innerText()).resolves.toBe('Rhoi gwybod ar-lein');
  });

  it('follows the page language when it changes', async () => {
    await openDemo();
    await page.selectOption('#language-picker', 'cy');
    await page.getByRole('button', {name: 'Argyfwng Gadael y dudalen'}).waitFor();
  });

  // (Here rather than in web-test-runner: its Chrome launcher cannot emulate forced colours.)
  it('keeps the exit control outlined in forced-colours mode', async () => {
    await page.emulateMedia({forcedColors: 'active'});
    await openDemo();
    const border = await page.locator('soh-exit-page button').evaluate((button) => {
      const style = getComputedStyle(button);
      return {style: style.borderTopStyle, width: style.borderTopWidth, color: style.borderTopColor};
    });
    expect(border.style).toBe('solid');
    expect(border.width).toBe('2px');
    expect(border.color).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('keeps a Welsh reader in Welsh when they follow a service from the list', async () => {
    await page.goto(`${harness.origin}${KITCHEN_SINK}?lang=cy`);
    const link = page.locator('soh-service-list a', {hasText: /^Rhoi gwybod am drosedd$/});
    expect(await link.getAttribute('href')).toBe('?service=crime&lang=cy#report');
    await link.click();
    await page
      .getByRole('heading', {name: 'A oes unrhyw un mewn perygl uniongyrchol, neu a oes trosedd yn digwydd nawr?'})
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(problems).toEqual([]);
  });
});

import type {BrowserContext, Page} from 'playwright';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {useSandboxAndBrowser} from './harness.js';

// The demo force site, served by the real sandbox over HTTP from the built
// bundle (`npm run build`), in Debian's Chromium.
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

async function openDemo(): Promise<void> {
  await page.goto(`${harness.origin}/`);
  await page.locator('soh-exit-page button').waitFor();
}

describe('the demo force site', () => {
  it('runs under a strict Content Security Policy with Trusted Types, with no errors', async () => {
    const response = await page.goto(`${harness.origin}/`);
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
    await page.goto(`${harness.origin}/follow.html`);
    await openDemo();
    await page.evaluate(() => {
      sessionStorage.setItem('soh:draft:crime', 'what happened');
      localStorage.setItem('tus::upload', 'an upload');
    });
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/follow.html');
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
    await page.goto(`${harness.origin}/?lang=cy`);
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

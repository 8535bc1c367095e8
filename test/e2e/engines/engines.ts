import {puppeteerCore} from '@web/test-runner-chrome';
import {afterAll, afterEach, beforeAll, beforeEach, describe} from 'vitest';
import {remote} from 'webdriverio';
import {firefoxPath, webkitBrowserPath} from '../../../scripts/engine-paths.mjs';
import {startWebKitDriver, webkitCapabilities} from '../../../scripts/webkit-driver.mjs';
import {launchChromium} from '../browser.js';
import type {EngineName, EnginePage, PhoneScreen, TouchPage} from './engine-page.js';
import {PlaywrightPage} from './playwright-page.js';
import {PuppeteerPageDriver} from './puppeteer-page.js';
import {WebDriverPage} from './webdriver-page.js';

/** A running browser of one engine, which opens tabs that share nothing (storage, cookies) with each other. */
export interface Engine {
  readonly name: EngineName;
  newPage(): Promise<EnginePage>;
  /** A tab with a phone's screen and touch, where the engine's driver can make one (see {@link phoneEngines}). */
  newPhonePage?(screen: PhoneScreen): Promise<TouchPage>;
  close(): Promise<void>;
}

/** The engines the end-to-end journeys run in: all three, or those named in SOH_ENGINES (`firefox,webkit`). */
export const journeyEngines: EngineName[] = (process.env.SOH_ENGINES ?? 'chromium,firefox,webkit')
  .split(',')
  .filter((name): name is EngineName => ['chromium', 'firefox', 'webkit'].includes(name));

/**
 * The journey engines that can be a phone: Chromium (Playwright's mobile emulation: the viewport, the page's
 * meta viewport, touch, a coarse pointer) and Firefox (BiDi's viewport and touch actions). Not WebKit:
 * MiniBrowser's window is never narrower than about 447 CSS pixels, and WebKitWebDriver delivers a touch
 * pointer's actions as a mouse's (both tried on WebKitGTK 2.50).
 */
export const phoneEngines = journeyEngines.filter((name) => name !== 'webkit');

/** Starts one engine, headless, from Debian's packages. */
export async function launchEngine(name: EngineName): Promise<Engine> {
  if (name === 'chromium') {
    const browser = await launchChromium();
    return {
      name,
      newPage: async () => new PlaywrightPage(await (await browser.newContext()).newPage()),
      newPhonePage: async (screen) =>
        new PlaywrightPage(
          await (
            await browser.newContext({viewport: screen, deviceScaleFactor: 2, isMobile: true, hasTouch: true})
          ).newPage(),
        ),
      close: () => browser.close(),
    };
  }
  if (name === 'firefox') {
    const browser = await puppeteerCore.launch({browser: 'firefox', executablePath: firefoxPath, headless: true});
    return {
      name,
      newPage: async () => {
        const context = await browser.createBrowserContext();
        return new PuppeteerPageDriver(await context.newPage(), () => context.close());
      },
      newPhonePage: async (screen) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({...screen, deviceScaleFactor: 2, isMobile: true, hasTouch: true});
        return new PuppeteerPageDriver(page, () => context.close());
      },
      close: () => browser.close(),
    };
  }
  // WebKit: a WebDriver session is a fresh MiniBrowser, so each tab is its own session.
  const driver = await startWebKitDriver();
  return {
    name,
    newPage: async () =>
      new WebDriverPage(
        await remote({
          hostname: '127.0.0.1',
          port: driver.port,
          logLevel: 'error',
          capabilities: webkitCapabilities(webkitBrowserPath) as WebdriverIO.Capabilities,
        }),
      ),
    close: async () => driver.stop(),
  };
}

/** For one test file's `describe` of an engine: the engine, started before its tests and stopped after. */
export function useEngine(name: EngineName): {engine: Engine} {
  const holder = {} as {engine: Engine};
  beforeAll(async () => {
    holder.engine = await launchEngine(name);
  });
  afterAll(async () => {
    await holder.engine?.close();
  });
  return holder;
}

/**
 * The tests in `tests`, once in each journey engine: the engine started once, and a fresh tab for every test,
 * handed to `opened` before the test and closed after it.
 */
export function inEachEngine(opened: (page: EnginePage) => void, tests: () => void): void {
  eachEngine(journeyEngines, 'in %s', (engine) => engine.newPage(), opened, tests);
}

/** As {@link inEachEngine}, in each phone engine, each tab with `screen` and touch. */
export function inEachPhoneEngine(screen: PhoneScreen, opened: (page: TouchPage) => void, tests: () => void): void {
  const title = `in %s at ${screen.width}×${screen.height}`;
  eachEngine(phoneEngines, title, (engine) => engine.newPhonePage!(screen), opened, tests);
}

function eachEngine<Page extends EnginePage>(
  names: EngineName[],
  title: string,
  open: (engine: Engine) => Promise<Page>,
  opened: (page: Page) => void,
  tests: () => void,
): void {
  describe.each(names)(title, (name) => {
    const browser = useEngine(name);
    let page: Page | undefined;
    beforeEach(async () => {
      page = await open(browser.engine);
      opened(page);
    });
    afterEach(async () => {
      await page?.close();
    });
    tests();
  });
}

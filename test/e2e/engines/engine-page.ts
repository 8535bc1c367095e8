/** The three engines the public uses. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/**
 * One browser tab, the same to a journey whatever drives it: Playwright (Chromium), puppeteer-core over WebDriver
 * BiDi (Firefox) or WebdriverIO over classic WebDriver (WebKit). Only what a person does (keys, a file chosen, the
 * address bar, Back, reload) and what a test reads from the page (a script's answer) — so a journey written on it
 * runs in all three unchanged.
 *
 * Functions given to `evaluate` and `waitFor` run in the page: they must use nothing from the test's scope but
 * their one argument (each driver sends their source text).
 */
export interface EnginePage {
  readonly engine: EngineName;
  /** Opens an address and waits for its page to load. */
  goto(url: string): Promise<void>;
  /** The address the tab shows now. */
  url(): Promise<string>;
  reload(): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /** Runs `script` in the page with `arg`, and answers with what it returns (awaited, if a promise). */
  evaluate<Result, Arg = undefined>(script: (arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Result>;
  /**
   * A key, by its name as Playwright and the DOM know it ('Tab', 'Enter', 'Space', 'ArrowDown', 'Escape', 'Shift',
   * 'Backspace'), or with a modifier ('Shift+Tab'): down and up, as a finger would.
   */
  press(key: string): Promise<void>;
  /** Text, a key at a time. */
  type(text: string): Promise<void>;
  /**
   * Chooses a file on disk in the file box that has focus. Chromium opens its chooser from the keyboard (Space) and
   * answers it; a WebDriver browser cannot show its file dialog, so the file is given to the focused box directly,
   * as WebDriver's specification says to.
   */
  chooseFile(path: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Errors the page wrote to its console or threw, since it opened: Chromium and Firefox report them; classic
   * WebDriver (WebKit) has no way to hear them, so there this stays empty.
   */
  readonly errors: readonly string[];
}

/** A phone's screen, in CSS pixels. */
export interface PhoneScreen {
  width: number;
  height: number;
}

/**
 * The phone screens the journeys run on: an iPhone SE's (375×667, the smallest phone sold in numbers), and the
 * narrowest WCAG's reflow asks for (320 CSS pixels, a 1280 px screen at 400%).
 */
export const phoneScreens = {
  iPhoneSE: {width: 375, height: 667},
  narrowest: {width: 320, height: 568},
} satisfies Record<string, PhoneScreen>;

/** A tab the size of a phone's screen, touched rather than clicked. */
export interface TouchPage extends EnginePage {
  /** A finger's tap at a point of the page's viewport (CSS pixels): touch events, then the click they make. */
  tap(x: number, y: number): Promise<void>;
  /** Taps the file box at a point, and chooses the file on disk in the chooser it opens. */
  tapToChooseFile(x: number, y: number, path: string): Promise<void>;
}

/**
 * Waits until `check` is true in the page (polled every 50 ms), or fails after `timeoutMs` saying what it waited
 * for. A check that meets a page going away (a navigation under way) is asked again on the next page.
 */
export async function waitFor<Arg>(
  page: EnginePage,
  check: (arg: Arg) => unknown,
  arg?: Arg,
  timeoutMs = 15000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await page.evaluate(check, arg)) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`${page.engine}: still waiting after ${timeoutMs} ms for ${check.toString().slice(0, 300)}`, {
        cause: lastError,
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until the tab shows `address` (a whole address, or a path) and that page has loaded: keys pressed while
 * a page the page itself moved to is still loading can be lost in Firefox and WebKit, as they would not be for a
 * person, who waits to see the page.
 */
export function waitForPage(page: EnginePage, address: string, timeoutMs = 15000): Promise<void> {
  return waitFor(
    page,
    (wanted) =>
      (location.href === wanted || location.pathname === wanted || location.pathname.startsWith(`${wanted}/`)) &&
      document.readyState === 'complete',
    address,
    timeoutMs,
  );
}

/**
 * Waits until a page the journey moved to (Continue) has taken focus: its heading, or the error summary. Keys or
 * taps before then would land on the old page, as they would not for a person, who waits to see the new one.
 */
export function waitForNewPageFocus(page: EnginePage): Promise<void> {
  return waitFor(page, () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active !== null && active.matches('h1, [role="heading"], .error-summary');
  });
}

import type {puppeteerCore} from '@web/test-runner-chrome';
import {waitFor, type TouchPage} from './engine-page.js';

type PuppeteerBrowser = Awaited<ReturnType<typeof puppeteerCore.launch>>;
export type PuppeteerPage = Awaited<ReturnType<PuppeteerBrowser['newPage']>>;
type KeyName = Parameters<PuppeteerPage['keyboard']['press']>[0];

/**
 * A Firefox tab driven by puppeteer-core over WebDriver BiDi (the puppeteer-core that web-test-runner's launcher
 * ships, pinned in package.json's overrides: newer ones send a command Firefox ESR does not know).
 */
export class PuppeteerPageDriver implements TouchPage {
  readonly engine = 'firefox';
  readonly errors: string[] = [];

  constructor(
    readonly page: PuppeteerPage,
    private readonly closeContext: () => Promise<void>,
  ) {
    page.on('console', (message) => message.type() === 'error' && this.errors.push(message.text()));
    page.on('pageerror', (error) => this.errors.push(String(error)));
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, {waitUntil: 'load'});
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  // Back, Forward and reload are the page's own (a page from the back-forward cache fires no load event, which
  // puppeteer's own methods wait for): the journey then waits for what it expects to see, as a person would.
  async reload(): Promise<void> {
    // Marked, so the wait below knows the new document from the old.
    await this.page.evaluate(() => {
      (window as unknown as {sohBeforeReload: boolean}).sohBeforeReload = true;
      location.reload();
    });
    await waitFor(
      this,
      () => !(window as unknown as {sohBeforeReload?: boolean}).sohBeforeReload && document.readyState === 'complete',
    );
  }

  async back(): Promise<void> {
    await this.page.evaluate(() => history.back());
  }

  async forward(): Promise<void> {
    await this.page.evaluate(() => history.forward());
  }

  evaluate<Result, Arg = undefined>(script: (arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Result> {
    return this.page.evaluate(script as unknown as (arg: unknown) => Promise<Result>, arg) as Promise<Result>;
  }

  /**
   * After the page itself moves to another address (a link followed, a form posted), Firefox's automation leaves
   * the new document without the keyboard's focus: keys then reach no element. A person's keys always reach the page
   * on screen, so a new address is brought to the front before the next key.
   */
  private async focusNewDocument(): Promise<void> {
    if (this.page.url() === this.focusedAddress) return;
    await this.page.bringToFront();
    this.focusedAddress = this.page.url();
  }

  private focusedAddress = '';

  async press(key: string): Promise<void> {
    await this.focusNewDocument();
    // Puppeteer over BiDi knows Space by the character it types.
    const [main, ...modifiers] = key
      .split('+')
      .reverse()
      .map((name) => (name === 'Space' ? ' ' : name)) as KeyName[];
    for (const modifier of modifiers) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(main);
    for (const modifier of modifiers) await this.page.keyboard.up(modifier);
  }

  async type(text: string): Promise<void> {
    await this.focusNewDocument();
    await this.page.keyboard.type(text);
  }

  /** Firefox over BiDi shows no file dialog: the file goes to the focused box (BiDi's `input.setFiles`). */
  async chooseFile(path: string): Promise<void> {
    const focused = await this.page.evaluateHandle(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active as HTMLInputElement;
    });
    await focused.uploadFile(path);
    await focused.dispose();
  }

  /**
   * Over BiDi, a touch pointer's actions: Firefox fires the touch and pointer events, then the click. Sent here with
   * every property of a finger given, not through puppeteer's touchscreen: puppeteer leaves out tilt, twist and
   * azimuth (and everything on lifting the finger), and Firefox ESR 153.8 refuses a touch with any of them unset
   * (`synthesizeTouchAtPoint`: NS_ERROR_ILLEGAL_VALUE), where 153 before it took the defaults.
   */
  async tap(x: number, y: number): Promise<void> {
    await this.focusNewDocument();
    const finger = {
      width: 1,
      height: 1,
      pressure: 0.5,
      tangentialPressure: 0,
      tiltX: 0,
      tiltY: 0,
      twist: 0,
      altitudeAngle: Math.PI / 2,
      azimuthAngle: 0,
    };
    const {browsingContext} = this.page.mainFrame() as unknown as {
      browsingContext: {performActions(actions: unknown[]): Promise<void>};
    };
    const fingerActions = (actions: unknown[]) => [
      {type: 'pointer', id: 'finger', parameters: {pointerType: 'touch'}, actions},
    ];
    // Down, then up in a command of its own, as puppeteer's tap does: the finger is lifted once the touch is taken.
    await browsingContext.performActions(
      fingerActions([
        {type: 'pointerMove', x: Math.round(x), y: Math.round(y)},
        {type: 'pointerDown', button: 0, ...finger},
      ]),
    );
    await browsingContext.performActions(fingerActions([{type: 'pointerUp', button: 0, ...finger}]));
  }

  /**
   * Firefox over BiDi tells no one of the chooser a tap opens (puppeteer's wait for it times out), so after the
   * tap the file goes to the box tapped, as `chooseFile` gives it to the focused one.
   */
  async tapToChooseFile(x: number, y: number, path: string): Promise<void> {
    await this.tap(x, y);
    const tapped = await this.page.evaluateHandle(
      (point) => {
        let hit = document.elementFromPoint(point.x, point.y);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(point.x, point.y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return (hit instanceof HTMLLabelElement ? hit.control : hit) as HTMLInputElement;
      },
      {x, y},
    );
    await tapped.uploadFile(path);
    await tapped.dispose();
  }

  close(): Promise<void> {
    return this.closeContext();
  }
}

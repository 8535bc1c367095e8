import type {Page} from 'playwright';
import type {TouchPage} from './engine-page.js';

/** A Chromium tab driven by Playwright (touched where its context was made with `hasTouch`). */
export class PlaywrightPage implements TouchPage {
  readonly engine = 'chromium';
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    // Listening turns Playwright's file-chooser interception on, which takes a round trip to the browser: done
    // here, it is on long before any Space opens a chooser (turned on in `chooseFile` itself, a busy machine lost
    // the race).
    page.on('filechooser', () => undefined);
    page.on('console', (message) => message.type() === 'error' && this.errors.push(message.text()));
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  async back(): Promise<void> {
    await this.page.goBack();
  }

  async forward(): Promise<void> {
    await this.page.goForward();
  }

  evaluate<Result, Arg = undefined>(script: (arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Result> {
    return this.page.evaluate(script as unknown as (arg: unknown) => Promise<Result>, arg);
  }

  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }

  /** Space on the focused file box opens Chromium's chooser, as from the keyboard; the file is chosen in it. */
  async chooseFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.keyboard.press('Space');
    await (await chooser).setFiles(path);
  }

  tap(x: number, y: number): Promise<void> {
    return this.page.touchscreen.tap(x, y);
  }

  async tapToChooseFile(x: number, y: number, path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.tap(x, y);
    await (await chooser).setFiles(path);
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

import {waitFor, type EnginePage} from './engine-page.js';

/** WebDriver's code points for the keys a journey presses (the WebDriver specification's table). */
const WEBDRIVER_KEYS: Record<string, string> = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
};

/** The W3C name of the property that carries an element reference a script returned. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** A WebKit tab (MiniBrowser) driven by WebdriverIO over classic WebDriver: WebKitWebDriver speaks no BiDi. */
export class WebDriverPage implements EnginePage {
  readonly engine = 'webkit';
  readonly errors: readonly string[] = [];

  constructor(readonly browser: WebdriverIO.Browser) {}

  /** Opens the address and waits for its load event (WebKit's driver answers once the document is interactive). */
  async goto(url: string): Promise<void> {
    await this.browser.url(url);
    await waitFor(this, () => document.readyState === 'complete');
  }

  url(): Promise<string> {
    return this.browser.getUrl();
  }

  async reload(): Promise<void> {
    await this.browser.refresh();
  }

  async back(): Promise<void> {
    await this.browser.back();
  }

  async forward(): Promise<void> {
    await this.browser.forward();
  }

  evaluate<Result, Arg = undefined>(script: (arg: Arg) => Result | Promise<Result>, arg?: Arg): Promise<Result> {
    // Execute Script waits for a promise the script returns.
    const execute = this.browser.execute.bind(this.browser) as unknown as (
      script: (arg: Arg) => Result | Promise<Result>,
      arg?: Arg,
    ) => Promise<Result>;
    return execute(script, arg);
  }

  async press(key: string): Promise<void> {
    const [main, ...modifiers] = key
      .split('+')
      .reverse()
      .map((name) => WEBDRIVER_KEYS[name] ?? name);
    await this.keys([
      ...modifiers.map((value) => ({type: 'keyDown', value})),
      {type: 'keyDown', value: main},
      {type: 'keyUp', value: main},
      ...modifiers.map((value) => ({type: 'keyUp', value})),
    ]);
  }

  /** A key at a time: WebKit's driver drops a key repeated within one command ("07700" arrived as "070"). */
  async type(text: string): Promise<void> {
    for (const character of text)
      await this.keys([
        {type: 'keyDown', value: character},
        {type: 'keyUp', value: character},
      ]);
  }

  /** MiniBrowser shows no file dialog to a driver: the file goes to the focused box (Element Send Keys). */
  async chooseFile(path: string): Promise<void> {
    const focused = (await this.browser.execute(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    })) as unknown as Record<string, string>;
    await this.browser.elementSendKeys(focused[ELEMENT_KEY], path);
  }

  async close(): Promise<void> {
    await this.browser.deleteSession();
  }

  private async keys(actions: object[]): Promise<void> {
    await this.browser.performActions([{type: 'key', id: 'keyboard', actions}]);
    await this.browser.releaseActions();
  }
}

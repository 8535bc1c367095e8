/**
 * Two web-test-runner commands its own do not give every engine: resizing the
 * viewport (its `setViewport` refuses WebDriver browsers) and holding a key
 * down or letting it go (its `sendKeys` takes only `press` and `type` over
 * WebDriver). Tests call them through test/helpers/viewport.ts and keys.ts.
 */
interface PuppeteerPage {
  setViewport(size: {width: number; height: number}): Promise<void>;
  keyboard: {down(key: string): Promise<void>; up(key: string): Promise<void>};
}
interface WebDriverBrowser {
  setWindowSize(width: number, height: number): Promise<void>;
  execute<T>(script: () => T): Promise<T>;
  performActions(actions: object[]): Promise<void>;
}
interface Session {
  id: string;
  browser: {type: string; getPage?(id: string): PuppeteerPage; driver?: WebDriverBrowser};
}

/** WebDriver's code points for the keys the tests hold (the WebDriver spec's table). */
const WEBDRIVER_KEYS: Record<string, string> = {Shift: '\uE008', Control: '\uE009', Alt: '\uE00A'};

async function resize(session: Session, width: number, height: number): Promise<void> {
  if (session.browser.type === 'puppeteer') return session.browser.getPage!(session.id).setViewport({width, height});
  // WebDriver sizes the window, not the page: size it, see how much the window's own frame takes, and size again.
  const driver = session.browser.driver!;
  await driver.setWindowSize(width, height);
  const inner = await driver.execute(() => ({width: window.innerWidth, height: window.innerHeight}));
  await driver.setWindowSize(width + (width - inner.width), height + (height - inner.height));
}

async function holdKey(session: Session, change: 'down' | 'up', key: string): Promise<void> {
  if (session.browser.type === 'puppeteer') return session.browser.getPage!(session.id).keyboard[change](key);
  await session.browser.driver!.performActions([
    {
      type: 'key',
      id: 'keyboard',
      actions: [{type: change === 'down' ? 'keyDown' : 'keyUp', value: WEBDRIVER_KEYS[key] ?? key}],
    },
  ]);
}

export function engineCommandsPlugin() {
  return {
    name: 'soh-engine-commands',
    async executeCommand({command, payload, session}: {command: string; payload: unknown; session: Session}) {
      if (command === 'soh-viewport') {
        const {width, height} = payload as {width: number; height: number};
        await resize(session, width, height);
        return true;
      }
      if (command === 'soh-hold-key') {
        const {change, key} = payload as {change: 'down' | 'up'; key: string};
        await holdKey(session, change, key);
        return true;
      }
      return undefined;
    },
  };
}

import {executeServerCommand, sendKeys as sendKeysCommand} from '@web/test-runner-commands';

type SendKeysPayload = Parameters<typeof sendKeysCommand>[0];

const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent);

/** The key whose event marks the end of a payload: the last key typed, pressed, held or let go. */
function lastKey(payload: SendKeysPayload): {type: 'keydown' | 'keyup'; key: string} {
  if ('type' in payload) return {type: 'keyup', key: payload.type.at(-1) ?? ''};
  if ('press' in payload) return {type: 'keyup', key: payload.press};
  if ('down' in payload) return {type: 'keydown', key: payload.down};
  return {type: 'keyup', key: payload.up};
}

/**
 * web-test-runner's `sendKeys`, which returns once the page has handled the
 * keys: Firefox (over WebDriver BiDi) can answer the command before the page
 * has seen the last key go up, and runs a control's activation for Space (a
 * radio chosen, a box ticked) in the task after it. So this waits for the
 * last key's event, then one task. A key no element hears (the page went away)
 * ends the wait after a second.
 */
export async function sendKeys(payload: SendKeysPayload): Promise<void> {
  // WebKit's WebDriver drops a key typed twice in a row within one command ("07700" arrives as "070"): type a key
  // at a time there.
  if ('type' in payload && isWebKit && payload.type.length > 1) {
    for (const key of payload.type) await sendKeys({type: key});
    return;
  }
  // Over WebDriver, web-test-runner's sendKeys neither holds a key nor knows a key by its code ("KeyA").
  if (isWebKit && ('down' in payload || 'up' in payload)) {
    const change = 'down' in payload ? 'down' : 'up';
    await executeServerCommand('soh-hold-key', {change, key: 'down' in payload ? payload.down : payload.up});
    return;
  }
  if (isWebKit && 'press' in payload && /^Key[A-Z]$/.test(payload.press)) {
    await sendKeys({type: payload.press.slice(3).toLowerCase()});
    return;
  }
  const {type, key} = lastKey(payload);
  // The key's name as an event gives it: " " for Space; "a" or "A" for the key whose code is "KeyA".
  const letter = /^Key([A-Z])$/.exec(key)?.[1];
  const names = key === ' ' ? [' ', 'Space'] : letter ? [letter, letter.toLowerCase()] : [key, key.toLowerCase()];
  const heard = new Promise<void>((resolve) => {
    const timer = setTimeout(done, 1000);
    function done() {
      clearTimeout(timer);
      window.removeEventListener(type, listener, true);
      resolve();
    }
    function listener(event: Event) {
      const pressed = (event as KeyboardEvent).key;
      if (names.includes(pressed)) done();
    }
    window.addEventListener(type, listener, true);
  });
  await sendKeysCommand(payload);
  await heard;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Issue 6's timing budgets for `<soh-live-chat>`, in headless Chromium
 * against the sandbox over loopback, with the agent played from Node:
 * - one-way latency: half of a round trip timed by the page's own clock (the
 *   person sends; the agent answers the moment it has the message; the
 *   answer is in the page's log), 200 times, paced below the endpoint's
 *   rate limit. Half a round trip, because the page's and Node's clocks are
 *   not the same clock to a millisecond;
 * - re-sync: the sandbox drops every chat connection and refuses new ones
 *   for 2 s; from the moment it takes them again to the moment the page
 *   says it is connected, five times.
 */
import type {Browser, Page} from 'playwright';
import {ScriptedAgent} from '../test/e2e/scripted-agent.js';

const MESSAGES = 200;

/** Node's clock, in milliseconds. */
const now = () => performance.now();

async function chatPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  // tsx names the functions it compiles with a helper the page lacks.
  await page.addInitScript('globalThis.__name = (fn) => fn');
  await page.goto(`${origin}/inbox.json`);
  await page.evaluate(async () => {
    await import('/dist/soh-live-chat.js' as string);
    const launcher = document.createElement('soh-live-chat');
    launcher.setAttribute('endpoint', '/');
    document.body.replaceChildren(launcher);
    await customElements.whenDefined('soh-live-chat');
  });
  return page;
}

// Inside the page: the chat panel's shadow root (written out in each function: they run in the page, apart).
type PanelRoot = ShadowRoot | null | undefined;

async function startChat(page: Page, agent: ScriptedAgent): Promise<void> {
  await page.evaluate(() => document.querySelector('soh-live-chat')!.shadowRoot!.querySelector('button')!.click());
  await page.waitForFunction(() => {
    const root: PanelRoot = document
      .querySelector('soh-live-chat')
      ?.shadowRoot?.querySelector('soh-chat-panel')?.shadowRoot;
    return !!root?.querySelector('input[name="topic"]');
  });
  await page.evaluate(() => {
    const root = document.querySelector('soh-live-chat')!.shadowRoot!.querySelector('soh-chat-panel')!.shadowRoot!;
    root.querySelectorAll<HTMLInputElement>('input[name="emergency"]')[1].click();
    root.querySelectorAll<HTMLInputElement>('input[name="topic"]')[3].click();
    root.querySelector<HTMLButtonElement>('form .button')!.click();
  });
  await agent.until(() => agent.waiting.length > 0);
  const chatId = agent.waiting.at(-1)!.id;
  agent.pick(chatId);
  await waitForConnected(page, true);
}

/** Until the panel says the chat is on (or, with `false`, that it is not). */
function waitForConnected(page: Page, connected: boolean, polling: number | 'raf' = 'raf') {
  return page.waitForFunction(
    (wanted) => {
      const root: PanelRoot = document
        .querySelector('soh-live-chat')
        ?.shadowRoot?.querySelector('soh-chat-panel')?.shadowRoot;
      return (root?.textContent ?? '').includes('You are chatting with') === wanted;
    },
    connected,
    {polling, timeout: 20_000},
  );
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export interface ChatMeasures {
  /** Half of each round trip (page → endpoint → agent → endpoint → page), in milliseconds. */
  oneWayP99: number;
  oneWayMedian: number;
  resyncMs: number[];
  /** Baselines: half a WebSocket ping's round trip (median), and opening a socket and saying hello (median). */
  socketOneWayMs: number;
  socketConnectMs: number;
}

export async function measureChat(browser: Browser, origin: string): Promise<ChatMeasures> {
  const connects: number[] = [];
  for (let round = 0; round < 5; round++) {
    const started = now();
    const probe = new ScriptedAgent(origin, `Probe ${round}`);
    await probe.start();
    connects.push(now() - started);
    probe.stop();
  }
  const agent = new ScriptedAgent(origin, 'Bench');
  await agent.start();
  // Paced below the endpoint's limit on pings (20 a second per client).
  const pings: number[] = [];
  for (let round = 0; round < 200; round++) {
    pings.push((await agent.ping()) / 2);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  const page = await chatPage(browser, origin);
  await startChat(page, agent);

  // Round trips, all timed by the page's clock: the page sends, the agent answers the moment it has the
  // message, the page notes when the answer is in its log. Paced below the endpoint's rate limit (20 a second).
  agent.onPersonMessage = (id, text) => agent.say(id, `re: ${text}`);
  await page.evaluate(() => {
    const root = document.querySelector('soh-live-chat')!.shadowRoot!.querySelector('soh-chat-panel')!.shadowRoot!;
    const arrived: Record<string, number> = {};
    (window as unknown as {arrived: typeof arrived}).arrived = arrived;
    new MutationObserver(() => {
      for (const text of root.querySelectorAll('.message--agent .message__text'))
        arrived[text.textContent!] ??= performance.now();
    }).observe(root, {childList: true, subtree: true});
  });
  const roundTrips: number[] = [];
  for (let index = 0; index < MESSAGES; index++) {
    const text = `ping ${index}`;
    const sentAt = await page.evaluate((message) => {
      const root = document.querySelector('soh-live-chat')!.shadowRoot!.querySelector('soh-chat-panel')!.shadowRoot!;
      const box = root.querySelector('textarea')!;
      box.value = message;
      box.dispatchEvent(new InputEvent('input'));
      const at = performance.now();
      box.form!.requestSubmit();
      return at;
    }, text);
    const arrivedAt = await page
      .waitForFunction(
        (answer) => (window as unknown as {arrived: Record<string, number>}).arrived[answer],
        `re: ${text}`,
      )
      .then((handle) => handle.jsonValue());
    roundTrips.push(arrivedAt - sentAt);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  agent.onPersonMessage = undefined;

  // Re-sync after the chat service was down for 2 s.
  const resyncMs: number[] = [];
  for (let round = 0; round < 5; round++) {
    await fetch(`${origin}/__chat/drop`, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({forMs: 2000}),
    });
    const backAt = now() + 2000;
    await waitForConnected(page, false);
    await waitForConnected(page, true, 5);
    resyncMs.push(now() - backAt);
  }

  agent.stop();
  await page.close();
  const oneWay = roundTrips.map((ms) => ms / 2);
  return {
    oneWayP99: percentile(oneWay, 0.99),
    oneWayMedian: percentile(oneWay, 0.5),
    resyncMs,
    socketOneWayMs: percentile(pings, 0.5),
    socketConnectMs: percentile(connects, 0.5),
  };
}

import type {Page} from 'playwright';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {signInToBackOffice} from './back-office.js';
import {useSandboxAndBrowser} from './harness.js';
import {Keyboard, textBox} from './keyboard.js';
import {PlaywrightPage} from './engines/playwright-page.js';
import {ScriptedAgent} from './scripted-agent.js';

// Live chat on the demo site, under its strict policy, with an agent played
// by the test over the sandbox's agent socket. Nothing is mocked: the
// element, the sandbox's chat server and SQLite, real WebSockets. In Chromium
// (what needs Playwright: offline emulation, the agent console's pages); the
// journey, a reload and a dropped connection run in every engine in
// live-chat-journey.test.ts.
const harness = useSandboxAndBrowser();
let page: Page;
let keys: Keyboard;
let agent: ScriptedAgent;
let problems: string[];

beforeEach(async () => {
  agent = new ScriptedAgent(harness.origin);
  await agent.start();
  page = await (await harness.browser.newContext()).newPage();
  keys = new Keyboard(new PlaywrightPage(page));
  problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
});
afterEach(async () => {
  agent.stop();
  await page.context().close();
});

const panelText = () =>
  page.evaluate(() => {
    const panel = document.querySelector('soh-live-chat')?.shadowRoot?.querySelector('soh-chat-panel');
    return (panel?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  });

/** The messages the person sees, in order: "You: text" or "Sam: text". */
const personSees = () =>
  page.evaluate(() => {
    const panel = document.querySelector('soh-live-chat')?.shadowRoot?.querySelector('soh-chat-panel');
    return [...(panel?.shadowRoot?.querySelectorAll('.message') ?? [])].map(
      (item) =>
        `${item.querySelector('.message__who')!.textContent}: ${item.querySelector('.message__text')!.textContent}`,
    );
  });

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`waited in vain; the panel says: ${await panelText().catch(() => '')}; ${problems.join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** From the launcher to a chat the agent has picked up, with the keyboard alone. */
async function startChat(): Promise<string> {
  await page.goto(`${harness.origin}/kitchen-sink.html`);
  await keys.pressButton('Chat with us');
  await until(() =>
    page.evaluate(
      () =>
        !!document
          .querySelector('soh-live-chat')
          ?.shadowRoot?.querySelector('soh-chat-panel')
          ?.shadowRoot?.querySelector('input[name="topic"]'),
    ),
  );
  await keys.radio(1); // no one in danger
  await keys.radio(3); // something else
  await keys.text('Alex');
  await keys.pressButton('Start chat');
  await agent.until(() => agent.waiting.length === 1);
  await until(async () => (await panelText()).includes('You are number 1 in the queue.'));
  const chatId = agent.waiting[0].id;
  agent.pick(chatId);
  await until(async () => (await panelText()).includes('You are chatting with Sam.'));
  return chatId;
}

async function sendAsPerson(text: string): Promise<void> {
  const focused = await keys.focused();
  if (focused.tag !== 'textarea') await keys.tabTo(textBox);
  await keys.type(text);
  await keys.press('Enter');
}

describe('live chat on the demo site', () => {
  it('keeps what is typed offline, and sends it once when back online', async () => {
    const chatId = await startChat();
    await page.context().setOffline(true);
    await harness.app.inject({method: 'POST', url: '/__chat/drop'});
    await until(async () => (await panelText()).includes('offline'));
    await sendAsPerson('Typed offline');
    await sendAsPerson('And again');
    expect(await panelText()).toContain('Not sent yet');
    await page.context().setOffline(false);
    await agent.until(() => agent.messages(chatId).length === 2);
    await until(async () => !(await panelText()).includes('Not sent yet'));
    expect(agent.messages(chatId).map((message) => message.text)).toEqual(['Typed offline', 'And again']);
  });

  it('the agent console, signed in, answers on its socket with the session’s cookie', async () => {
    await signInToBackOffice(page, harness.origin, '/agent');
    await page.getByText('Connected as Sam.').waitFor();
    const token = 'console-'.repeat(6);
    const opened = await harness.app.inject({
      method: 'POST',
      url: '/chat/sessions',
      payload: {token, topic: 'something-else', name: '<b>Alex</b>'},
    });
    expect(opened.statusCode).toBe(201);
    await page.getByRole('button', {name: 'Pick up'}).last().click();
    await page.getByRole('region', {name: 'Chat with <b>Alex</b>'}).waitFor();
    // The sign-in page names no icon, so the browser asks for /favicon.ico (404): not the console's doing.
    const consoleProblems = problems.filter((problem) => !problem.startsWith('Failed to load resource'));
    expect(consoleProblems, consoleProblems.join(' | ')).toEqual([]);
  });

  it('is back within a second of the endpoint after a short outage (2 s), three times running', async () => {
    await startChat();
    const chatting = (wanted: boolean) =>
      page.waitForFunction(
        (yes) =>
          (
            document.querySelector('soh-live-chat')?.shadowRoot?.querySelector('soh-chat-panel')?.shadowRoot
              ?.textContent ?? ''
          ).includes('You are chatting with') === yes,
        wanted,
        {polling: 5, timeout: 20_000},
      );
    const resyncMs: number[] = [];
    for (let round = 0; round < 3; round++) {
      await harness.app.inject({method: 'POST', url: '/__chat/drop', payload: {forMs: 2000}});
      // The sandbox takes sockets again from at most this moment.
      const backAt = Date.now() + 2000;
      await chatting(false);
      await chatting(true);
      resyncMs.push(Date.now() - backAt);
    }
    expect(Math.max(...resyncMs), `re-synced after ${resyncMs.join(', ')} ms`).toBeLessThan(1000);
  });

  it('loses and repeats nothing: 200 messages each way while the connection is cut 10 times', async function () {
    const chatId = await startChat();
    const person = Array.from({length: 200}, (_, index) => `person ${index + 1}`);
    const fromAgent = Array.from({length: 200}, (_, index) => `agent ${index + 1}`);
    // Cuts at random moments while both sides send.
    let cuts = 0;
    const cutting = (async () => {
      while (cuts < 10) {
        await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 700));
        await harness.app.inject({method: 'POST', url: '/__chat/drop'});
        cuts += 1;
      }
    })();
    for (const text of fromAgent) agent.say(chatId, text);
    await keys.tabTo(textBox);
    for (const text of person) {
      await keys.type(text);
      await keys.press('Enter');
    }
    await cutting;
    expect(cuts).toBe(10);
    await agent.until(() => agent.messages(chatId).length === 400, 60_000);
    await until(
      async () => (await personSees()).length === 400 && !(await panelText()).includes('Not sent yet'),
      60_000,
    );
    // Each side: every message once, and each side's own in the order sent.
    const seen = await personSees();
    expect(new Set(seen).size).toBe(400);
    expect(seen.filter((line) => line.startsWith('You: '))).toEqual(person.map((text) => `You: ${text}`));
    expect(seen.filter((line) => line.startsWith('Sam: '))).toEqual(fromAgent.map((text) => `Sam: ${text}`));
    const agentSaw = agent.messages(chatId);
    expect(agentSaw.map((message) => message.seq)).toEqual(
      [...agentSaw.map((message) => message.seq)].sort((a, b) => a - b),
    );
    expect(agentSaw.filter((message) => message.from === 'person').map((message) => message.text)).toEqual(person);
    expect(agentSaw.filter((message) => message.from === 'agent').map((message) => message.text)).toEqual(fromAgent);
    // Both sides hold the same conversation, in the same order.
    expect(seen).toEqual(agentSaw.map((message) => `${message.from === 'person' ? 'You' : 'Sam'}: ${message.text}`));
    expect(problems).toEqual([]);
  }, 120_000);
});

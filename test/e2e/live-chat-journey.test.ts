import {afterEach, beforeEach, expect, it} from 'vitest';
import {useSandbox} from './harness.js';
import {Keyboard, textBox} from './keyboard.js';
import {waitFor, type EnginePage} from './engines/engine-page.js';
import {inEachEngine} from './engines/engines.js';
import {ScriptedAgent} from './scripted-agent.js';

// Live chat on the demo site in each engine, under its strict policy, with an agent played by the test over the
// sandbox's agent socket: messages both ways, a reload, a dropped connection. (live-chat.test.ts tries the rest in
// Chromium: offline typing, the agent console, how fast it comes back, 200 messages through 10 cuts.)
const harness = useSandbox();
let page: EnginePage;
let keys: Keyboard;
let agent: ScriptedAgent;

/** The messages the person sees, in order: "You: text" or "Sam: text". */
const personSees = () =>
  [
    ...(document
      .querySelector('soh-live-chat')
      ?.shadowRoot?.querySelector('soh-chat-panel')
      ?.shadowRoot?.querySelectorAll('.message') ?? []),
  ].map(
    (item) =>
      `${item.querySelector('.message__who')!.textContent}: ${item.querySelector('.message__text')!.textContent}`,
  );

const panelSays = (text: string, timeoutMs = 20_000) =>
  waitFor(
    page,
    (wanted) =>
      (
        document.querySelector('soh-live-chat')?.shadowRoot?.querySelector('soh-chat-panel')?.shadowRoot?.textContent ??
        ''
      )
        .replace(/\s+/g, ' ')
        .includes(wanted),
    text,
    timeoutMs,
  );
const personSeesCount = (count: number) =>
  waitFor(
    page,
    (wanted) =>
      (
        document
          .querySelector('soh-live-chat')
          ?.shadowRoot?.querySelector('soh-chat-panel')
          ?.shadowRoot?.querySelectorAll('.message') ?? []
      ).length === wanted,
    count,
    20_000,
  );

/** From the launcher to a chat the agent has picked up, with the keyboard alone. */
async function startChat(): Promise<string> {
  await page.goto(`${harness.origin}/kitchen-sink.html`);
  await keys.pressButton('Chat with us');
  await waitFor(
    page,
    () =>
      !!document
        .querySelector('soh-live-chat')
        ?.shadowRoot?.querySelector('soh-chat-panel')
        ?.shadowRoot?.querySelector('input[name="topic"]'),
  );
  await keys.radio(1); // no one in danger
  await keys.radio(3); // something else
  await keys.text('Alex');
  await keys.pressButton('Start chat');
  await agent.until(() => agent.waiting.length === 1);
  await panelSays('You are number 1 in the queue.');
  const chatId = agent.waiting[0].id;
  agent.pick(chatId);
  await panelSays('You are chatting with Sam.');
  return chatId;
}

async function sendAsPerson(text: string): Promise<void> {
  const focused = await keys.focused();
  if (focused.tag !== 'textarea') await keys.tabTo(textBox);
  await keys.type(text);
  await keys.press('Enter');
}

inEachEngine(
  (opened) => {
    page = opened;
    keys = new Keyboard(opened);
  },
  () => {
    beforeEach(async () => {
      agent = new ScriptedAgent(harness.origin);
      await agent.start();
    });
    afterEach(async () => {
      agent.stop();
    });

    it('live chat is done with the keyboard alone: queue, pick-up, messages both ways shown as text, end', async () => {
      const chatId = await startChat();
      await sendAsPerson('<img src=x onerror="alert(1)"> is what they wrote');
      await agent.until(() => agent.messages(chatId).length === 1);
      expect(agent.messages(chatId)[0].text).toBe('<img src=x onerror="alert(1)"> is what they wrote');
      agent.typingIn(chatId, true);
      await panelSays('Sam is typing…');
      agent.say(chatId, '<b>Thank you</b>, can you tell me where?');
      await personSeesCount(2);
      expect(await page.evaluate(personSees)).toEqual([
        'You: <img src=x onerror="alert(1)"> is what they wrote',
        'Sam: <b>Thank you</b>, can you tell me where?',
      ]);
      // Focus stayed in the message box.
      expect((await keys.focused()).tag).toBe('textarea');
      await keys.pressButton('End chat');
      await panelSays('The chat has ended.');
      expect(page.errors).toEqual([]);
    });

    it('live chat after a reload is the same chat: every message once, and it carries on', async () => {
      const chatId = await startChat();
      await sendAsPerson('First');
      agent.say(chatId, 'Second');
      await personSeesCount(2);
      await page.reload();
      await personSeesCount(2);
      expect(await page.evaluate(personSees)).toEqual(['You: First', 'Sam: Second']);
      await keys.tabTo(textBox);
      await sendAsPerson('Third');
      await agent.until(() => agent.messages(chatId).length === 3);
      expect(agent.messages(chatId).map((message) => message.text)).toEqual(['First', 'Second', 'Third']);
    });

    it('live chat through a dropped connection: says so, comes back, and loses and repeats nothing', async () => {
      const chatId = await startChat();
      await sendAsPerson('Before');
      await agent.until(() => agent.messages(chatId).length === 1);
      // The endpoint drops the chat's socket and refuses new ones for 2 seconds.
      await harness.app.inject({method: 'POST', url: '/__chat/drop', payload: {forMs: 2000}});
      await waitFor(
        page,
        () =>
          !(
            document.querySelector('soh-live-chat')?.shadowRoot?.querySelector('soh-chat-panel')?.shadowRoot
              ?.textContent ?? ''
          ).includes('You are chatting with'),
      );
      agent.say(chatId, 'Said while you were away');
      await sendAsPerson('Typed while away');
      await panelSays('You are chatting with Sam.', 30_000);
      await agent.until(() => agent.messages(chatId).length === 3, 30_000);
      await personSeesCount(3);
      expect(agent.messages(chatId).map((message) => message.text)).toEqual([
        'Before',
        'Said while you were away',
        'Typed while away',
      ]);
      expect(new Set(await page.evaluate(personSees))).toEqual(
        new Set(['You: Before', 'Sam: Said while you were away', 'You: Typed while away']),
      );
    });
  },
);

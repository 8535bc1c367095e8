import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {sendKeys} from '../../helpers/keys.js';
import '../../../src/widgets/exit-page/soh-exit-page.js';
import '../../../src/widgets/live-chat/soh-live-chat.js';
import type {SohLiveChat} from '../../../src/widgets/live-chat/live-chat.js';
import {clearChatSession} from '../../../src/widgets/live-chat/chat-session.js';
import {BrowserChatAgent} from '../../helpers/browser-chat-agent.js';
import {settled, until, deepActiveElement} from '../../helpers/fixtures.js';
// @ts-expect-error a virtual module the test runner serves: the real sandbox endpoint
import {operatorToken, sandboxUrl} from '/__sandbox.js';

// The chat against the real sandbox, in every state, with axe; the agent is
// played from this page over the sandbox's agent socket.

/** The agent, played from this page. */
class BrowserAgent extends BrowserChatAgent {
  constructor() {
    super(sandboxUrl, operatorToken);
  }
}

let agent: BrowserAgent | undefined;

afterEach(async () => {
  // The chat element leaves the page first, so nothing of it is saved after the storage is cleared.
  fixtureCleanup();
  // Chats left waiting would be ahead in the next test's queue: the agent takes and ends them.
  for (const {id} of agent?.waiting ?? []) {
    agent!.send({type: 'pick', chatId: id});
    agent!.send({type: 'end', chatId: id});
  }
  if (agent)
    await until(async () => (await (await fetch(new URL('chat/status', sandboxUrl))).json()).queueLength === 0);
  agent?.close();
  agent = undefined;
  sessionStorage.clear();
  // A chat about something sensitive is held in memory only: forgotten here too.
  clearChatSession();
  // The agent's socket is gone before the next test asks whether anyone is free.
  await until(async () => (await (await fetch(new URL('chat/status', sandboxUrl))).json()).agentsAvailable === 0);
});

async function launcher(lang = 'en'): Promise<SohLiveChat> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><soh-live-chat endpoint=${sandboxUrl}></soh-live-chat></div>`,
  );
  const element = wrapper.querySelector<SohLiveChat>('soh-live-chat')!;
  await until(() => element.shadowRoot!.querySelector('button')!.textContent!.trim() !== '');
  return element;
}

const panelOf = (element: SohLiveChat) => element.shadowRoot!.querySelector('soh-chat-panel') as HTMLElement | null;
const panelRoot = (element: SohLiveChat) => panelOf(element)!.shadowRoot!;
const text = (element: SohLiveChat) => panelRoot(element).textContent!.replace(/\s+/g, ' ');

async function openPanel(element: SohLiveChat): Promise<void> {
  element.shadowRoot!.querySelector('button')!.click();
  await until(() => panelOf(element) && !text(element).includes('Loading'));
  await settled(panelOf(element) as never);
}

async function startChat(element: SohLiveChat, topic = 3): Promise<string> {
  await openPanel(element);
  const root = panelRoot(element);
  const choose = (name: string, index: number) =>
    root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)[index].click();
  await until(() => root.querySelector('input[name="emergency"]')).catch((error) => {
    throw new Error(`${error}: ${text(element)}`);
  });
  choose('emergency', 1);
  choose('topic', topic);
  root.querySelector<HTMLButtonElement>('form .button')!.click();
  await until(() => agent!.waiting.length === 1).catch((error) => {
    throw new Error(`${error}: ${text(element)} ${JSON.stringify(agent!.waiting)}`);
  });
  return agent!.waiting[0].id;
}

describe('<soh-live-chat>', () => {
  it('is a launcher until used; with no one free, says what to do instead', async () => {
    const element = await launcher();
    expect(panelOf(element)).to.equal(null);
    await expect(element).to.be.accessible();
    await openPanel(element);
    expect(text(element)).to.contain('No one is free to chat right now.');
    expect(text(element)).to.contain('In an emergency, call 999.');
    expect(text(element)).to.contain('call 101');
    expect(deepActiveElement()?.textContent).to.equal('Chat with us');
    await expect(panelOf(element)).to.be.accessible();
  });

  it('asks first, shows the error summary, and sends a person in danger to 999', async () => {
    agent = new BrowserAgent();
    await agent.ready;
    const element = await launcher();
    await openPanel(element);
    const root = panelRoot(element);
    await until(() => root.querySelector('input[name="topic"]'));
    root.querySelector<HTMLButtonElement>('form .button')!.click();
    await until(() => root.querySelector('.error-summary'));
    await settled(panelOf(element) as never);
    expect(root.querySelector('.error-summary')!.textContent).to.contain('Select what your chat is about');
    expect(deepActiveElement()).to.equal(root.querySelector('.error-summary'));
    await expect(panelOf(element)).to.be.accessible();
    expect(root.querySelector('#topic-error')!.textContent).to.contain('Select what your chat is about');
    root.querySelector<HTMLInputElement>('input[name="emergency"][value="yes"]')!.click();
    root.querySelector<HTMLButtonElement>('form .button')!.click();
    await until(() => text(element).includes('Call 999 now'));
    expect(text(element)).to.contain('Do not use this chat. It is not for emergencies.');
    // Each new view of the panel starts from its title.
    await until(() => deepActiveElement()?.textContent === 'Chat with us');
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((one) => one.textContent!.includes('Back'))!.click();
    await until(() => root.querySelector('input[name="topic"]'));
    await until(() => deepActiveElement()?.textContent === 'Chat with us');
    await expect(panelOf(element)).to.be.accessible();
  });

  it('queues, then chats: text shown as text, typing, a message too long, minimised with a count, ended', async () => {
    agent = new BrowserAgent();
    await agent.ready;
    const element = await launcher();
    const chatId = await startChat(element);
    await until(() => text(element).includes('You are number 1 in the queue.'));
    expect(text(element)).to.contain('The wait is about 2 minutes.');
    expect(deepActiveElement()?.textContent, 'the chat starts from the panel’s title').to.equal('Chat with us');
    await expect(panelOf(element)).to.be.accessible();

    agent.send({type: 'pick', chatId});
    await until(() => text(element).includes('You are chatting with Sam.'));
    agent.send({type: 'typing', chatId, typing: true});
    await until(() => text(element).includes('Sam is typing…'));
    agent.send({type: 'send', chatId, clientId: 'agent-message-1', text: '<b>Hello</b> <script>alert(1)</script>'});
    await until(() => panelRoot(element).querySelectorAll('.message').length === 1);
    const shown = panelRoot(element).querySelector('.message__text')!;
    expect(shown.textContent).to.equal('<b>Hello</b> <script>alert(1)</script>');
    expect(shown.querySelector('b, script')).to.equal(null);
    expect(panelRoot(element).querySelector('[role="log"]')!.getAttribute('aria-live')).to.equal('polite');
    await expect(panelOf(element)).to.be.accessible();

    const box = panelRoot(element).querySelector('textarea')!;
    box.focus();
    await sendKeys({type: 'Where do I start?'});
    await sendKeys({press: 'Enter'});
    await until(() => agent!.events.some((event) => event.text === 'Where do I start?'));
    expect(deepActiveElement()).to.equal(box);
    // Read both ways: the agent hears the person has read its message; the person sees "Read" on theirs.
    const agentSaid = agent.events.find((event) => event.text === '<b>Hello</b> <script>alert(1)</script>')!;
    await until(() => agent!.personRead[chatId] === agentSaid.seq);
    const asked = agent.events.find((event) => event.text === 'Where do I start?')!;
    expect(panelRoot(element).querySelector('.message--person .message__meta')!.textContent).to.contain('Sent');
    agent.send({type: 'read', chatId, upToSeq: asked.seq});
    await until(() =>
      panelRoot(element).querySelector('.message--person .message__meta')!.textContent!.includes('Read'),
    );
    expect(text(element)).to.contain('Download the chat as text');
    box.value = 'x'.repeat(2003);
    box.dispatchEvent(new InputEvent('input'));
    await until(() => text(element).includes('Your message must be 2,000 characters or fewer'));
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    await expect(panelOf(element)).to.be.accessible();
    box.value = '';
    box.dispatchEvent(new InputEvent('input'));

    [...panelRoot(element).querySelectorAll<HTMLButtonElement>('button')]
      .find((one) => one.textContent!.includes('Minimise'))!
      .click();
    await until(() => !element.shadowRoot!.querySelector<HTMLButtonElement>('button')!.hidden);
    expect(deepActiveElement()).to.equal(element.shadowRoot!.querySelector('button'));
    agent.send({type: 'send', chatId, clientId: 'agent-message-2', text: 'Are you still there?'});
    agent.send({type: 'send', chatId, clientId: 'agent-message-3', text: 'Take your time.'});
    const launcherButton = element.shadowRoot!.querySelector('button')!;
    await until(() => launcherButton.textContent === 'Chat with us2 2 new messages');
    expect(element.shadowRoot!.querySelector('[part="unread"] [aria-hidden="true"]')!.textContent).to.equal('2');
    await expect(element).to.be.accessible();
    launcherButton.click();
    await until(() => element.shadowRoot!.querySelector<HTMLElement>('[part="unread"]')!.hidden);
    await until(() => deepActiveElement()?.textContent === 'Chat with us');

    [...panelRoot(element).querySelectorAll<HTMLButtonElement>('button')]
      .find((one) => one.textContent!.includes('End chat'))!
      .click();
    await until(() => text(element).includes('The chat has ended.'));
    await expect(panelOf(element)).to.be.accessible();
    [...panelRoot(element).querySelectorAll<HTMLButtonElement>('button')]
      .find((one) => one.textContent!.includes('Start a new chat'))!
      .click();
    await until(() => panelRoot(element).querySelector('input[name="topic"]'));
    await until(() => deepActiveElement()?.textContent === 'Chat with us');
  });

  it('counts only new messages after the page moves the chat', async () => {
    agent = new BrowserAgent();
    await agent.ready;
    const element = await launcher();
    const chatId = await startChat(element);
    agent.send({type: 'pick', chatId});
    agent.send({type: 'send', chatId, clientId: 'agent-message-1', text: 'Hello, how can I help?'});
    await until(() => panelRoot(element).querySelectorAll('.message').length === 1);
    [...panelRoot(element).querySelectorAll<HTMLButtonElement>('button')]
      .find((one) => one.textContent!.includes('Minimise'))!
      .click();
    const launcherButton = element.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    await until(() => !launcherButton.hidden);
    // A single-page site moves the chat elsewhere in the page: it reconnects, and the log is replayed (before or
    // after the next message, either way only that one is new).
    element.parentElement!.append(element);
    agent.send({type: 'send', chatId, clientId: 'agent-message-2', text: 'Are you still there?'});
    await until(() => panelRoot(element).querySelectorAll('.message').length === 2);
    await until(() => launcherButton.textContent!.includes('new message'));
    expect(launcherButton.textContent).to.equal('Chat with us1 1 new message');
  });

  it('shows the exit control for a sensitive topic, and keeps nothing in storage', async () => {
    agent = new BrowserAgent();
    await agent.ready;
    const element = await launcher();
    const chatId = await startChat(element, 2);
    await until(() => panelRoot(element).querySelector('soh-exit-page'));
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('soh:'))).to.deep.equal([]);
    // No transcript to download: a file on the device is beyond the exit control's reach.
    agent.send({type: 'pick', chatId});
    agent.send({type: 'send', chatId, clientId: 'agent-message-1', text: 'You are safe to talk here.'});
    await until(() => panelRoot(element).querySelectorAll('.message').length === 1);
    expect(text(element)).not.to.contain('Download the chat as text');
    agent.send({type: 'end', chatId});
    await until(() => text(element).includes('The chat has ended.'));
    expect(text(element)).not.to.contain('Download the chat as text');
  });

  it('keeps an ordinary chat in the session, so a reload goes back to it', async () => {
    agent = new BrowserAgent();
    await agent.ready;
    const element = await launcher();
    await startChat(element);
    const stored = JSON.parse(sessionStorage.getItem('soh:chat')!);
    // Two random (version 4) UUIDs.
    expect(stored.token).to.match(/^([\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}){2}$/);
    expect(stored.topic).to.equal('something-else');
  });

  it('is stopped and forgotten by the page’s exit-page control', async () => {
    agent = new BrowserAgent();
    await agent.ready;
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <soh-exit-page @soh-exit=${(event: Event) => event.preventDefault()}></soh-exit-page>
        <soh-live-chat endpoint=${sandboxUrl}></soh-live-chat>
      </div>`,
    );
    const element = wrapper.querySelector<SohLiveChat>('soh-live-chat')!;
    await until(() => element.shadowRoot!.querySelector('button')!.textContent!.trim() !== '');
    const chatId = await startChat(element);
    expect(sessionStorage.getItem('soh:chat')).to.not.equal(null);
    wrapper.querySelector('soh-exit-page')!.shadowRoot!.querySelector('button')!.click();
    await until(() => sessionStorage.getItem('soh:chat') === null);
    // The agent's message after the exit does not bring the chat back onto the device.
    agent.send({type: 'pick', chatId});
    agent.send({type: 'send', chatId, clientId: 'after-exit-1', text: 'Hello?'});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('soh:'))).to.deep.equal([]);
  });

  it('backs off while the chat service stays away, says it is reconnecting, and tries at once on “Try now”', async function () {
    this.timeout(55_000);
    const isFirefox = navigator.userAgent.includes('Firefox/');
    agent = new BrowserAgent();
    await agent.ready;
    const element = await launcher();
    const chatId = await startChat(element);
    agent.send({type: 'pick', chatId});
    await until(() => text(element).includes('You are chatting with Sam.'));
    // Each attempt to reach the chat socket, by when it began.
    const attempts: number[] = [];
    const RealWebSocket = window.WebSocket;
    window.WebSocket = class extends RealWebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        if (String(url).includes('/chat/socket')) attempts.push(performance.now());
      }
    };
    try {
      // The service stays down until the test brings it back, after watching the attempts for 14 s: had it come
      // back by itself, an attempt could land just then and the chat be back before "Try now" is pressed.
      const dropChat = (forMs: number) =>
        fetch(new URL('__chat/drop', sandboxUrl), {
          method: 'POST',
          headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({forMs}),
        });
      const watchMs = 14_000;
      await dropChat(60_000);
      const backAt = performance.now() + watchMs;
      await until(() => text(element).includes('Reconnecting…'));
      const tryNow = () =>
        [...panelRoot(element).querySelectorAll<HTMLButtonElement>('button')].find((one) =>
          one.textContent!.includes('Try now'),
        );
      expect(tryNow()).to.not.equal(undefined);
      await expect(panelOf(element)).to.be.accessible();
      await new Promise((resolve) => setTimeout(resolve, backAt - performance.now()));

      const gaps = attempts.slice(1).map((at, index) => at - attempts[index]);
      // Quick at first (a short drop is over within a second), then further and further apart. Firefox adds a wait of
      // its own before it reports a failed attempt to a host that keeps failing (from 200 ms, growing), so there the
      // first attempts come up to half a second later.
      const quickGap = isFirefox ? 1500 : 900;
      expect(
        gaps.slice(0, 3).every((gap) => gap < quickGap),
        `first gaps ${gaps.join(', ')}`,
      ).to.equal(true);
      expect(Math.max(...gaps), `gaps ${gaps.join(', ')}`).to.be.greaterThan(1500);
      expect(attempts.length, `gaps ${gaps.join(', ')}`).to.be.lessThan(15);

      // The service is back, and the next attempt may be seconds away: "Try now" goes at once.
      await dropChat(0);
      expect(text(element)).to.contain('Reconnecting…');
      const before = attempts.length;
      tryNow()!.click();
      expect(attempts.length).to.equal(before + 1);
      expect(deepActiveElement()).to.equal(panelRoot(element).querySelector('textarea'));
      // Firefox starts the new attempt at once too, but holds it until its own wait for a host that kept failing is
      // over (growing with each failure, to a minute at most): there the chat is back some seconds later.
      await until(() => text(element).includes('You are chatting with Sam.'), isFirefox ? 20_000 : 5000);
      expect(tryNow()).to.equal(undefined);
    } finally {
      window.WebSocket = RealWebSocket;
    }
  });

  it('speaks Welsh', async () => {
    agent = new BrowserAgent();
    await agent.ready;
    const element = await launcher('cy');
    expect(element.shadowRoot!.querySelector('button')!.textContent).to.equal('Sgwrsiwch â ni');
    await startChat(element);
    await until(() => text(element).includes('Chi yw rhif 1 yn y ciw.'));
    expect(text(element)).to.contain('Mae’r aros tua 2 funud.');
    await expect(panelOf(element)).to.be.accessible();
  });
});

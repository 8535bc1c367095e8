import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/widgets/live-chat/soh-live-chat.js';
import {BrowserChatAgent} from '../test/helpers/browser-chat-agent.js';

/**
 * The chat talks to the sandbox of `npm start` (http://localhost:8080). The
 * stories past the launcher play the agent themselves over the sandbox's
 * agent socket (or open http://localhost:8080/agent to answer by hand); they
 * need `npm start`, so the tests do not run them (`!test`: the same states are
 * tested with axe in test/widgets/live-chat). The launcher and the
 * unreachable endpoint are run by the tests.
 */
const ENDPOINT = 'http://localhost:8080/';

const launcherButton = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('soh-live-chat')!.shadowRoot!.querySelector('button')!;

const panelText = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('soh-live-chat')!.shadowRoot!.querySelector('soh-chat-panel')?.shadowRoot?.textContent ??
  '';

const meta: Meta = {
  title: 'Widgets/Live chat',
  component: 'soh-live-chat',
  render: () => html`<soh-live-chat endpoint=${ENDPOINT}></soh-live-chat>`,
};
export default meta;
type Story = StoryObj;

/** All a page loads until the chat is used: one button (under 3 kB). */
export const Launcher: Story = {
  play: async ({canvasElement}) => {
    await waitFor(() => expect(launcherButton(canvasElement).textContent).toContain('Chat with us'));
  },
};

/** The same, on a Welsh page. */
export const LauncherInWelsh: Story = {
  render: () => html`<div lang="cy"><soh-live-chat endpoint=${ENDPOINT}></soh-live-chat></div>`,
  play: async ({canvasElement}) => {
    await waitFor(() => expect(launcherButton(canvasElement).textContent).toContain('Sgwrsiwch â ni'));
  },
};

/** The chat service cannot be reached: says so, and what to do instead (999, 101, online). */
export const Unreachable: Story = {
  render: () => html`<soh-live-chat endpoint="http://localhost:9/"></soh-live-chat>`,
  play: async ({canvasElement}) => {
    launcherButton(canvasElement).click();
    await waitFor(() => expect(panelText(canvasElement)).toContain('We could not reach the chat service.'), {
      timeout: 5000,
    });
    await expect(panelText(canvasElement)).toContain('In an emergency, call 999.');
  },
};

/** Nobody answering (no agent window open), or outside the hours: what to do instead. */
export const NoOneFree: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => launcherButton(canvasElement).click(),
};

/** An agent played by the story itself over the sandbox's agent socket, so each state shows without a second window. */
class StoryAgent extends BrowserChatAgent {
  constructor() {
    super(ENDPOINT);
  }
}

const panelRoot = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('soh-live-chat')!.shadowRoot!.querySelector('soh-chat-panel')!.shadowRoot!;

/** Opens the chat with an agent ready, and answers the questions (no one in danger; something else). */
async function queued(canvasElement: HTMLElement): Promise<{agent: StoryAgent; chatId: string}> {
  const agent = new StoryAgent();
  await agent.ready;
  // Chats other stories left waiting are in the queue too: this story's is the one not there before.
  const before = new Set(agent.waiting.map((chat) => chat.id));
  launcherButton(canvasElement).click();
  await waitFor(() => expect(panelRoot(canvasElement).querySelector('input[name="topic"]')).toBeTruthy(), {
    timeout: 5000,
  });
  const root = panelRoot(canvasElement);
  root.querySelectorAll<HTMLInputElement>('input[name="emergency"]')[1].click();
  root.querySelectorAll<HTMLInputElement>('input[name="topic"]')[3].click();
  root.querySelector<HTMLButtonElement>('form .button')!.click();
  const mine = () => agent.waiting.find((chat) => !before.has(chat.id));
  await waitFor(() => expect(mine()).toBeTruthy(), {timeout: 5000});
  return {agent, chatId: mine()!.id};
}

/** The questions before a chat (an agent is ready). */
export const Questions: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => {
    await new StoryAgent().ready;
    launcherButton(canvasElement).click();
  },
};

/** Someone is in danger: call 999, and how. */
export const Emergency: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => {
    await new StoryAgent().ready;
    launcherButton(canvasElement).click();
    await waitFor(() => expect(panelRoot(canvasElement).querySelector('input[name="emergency"]')).toBeTruthy());
    panelRoot(canvasElement).querySelector<HTMLInputElement>('input[name="emergency"][value="yes"]')!.click();
    panelRoot(canvasElement).querySelector<HTMLButtonElement>('form .button')!.click();
  },
};

/** Waiting: the place in the queue and the wait. */
export const Waiting: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => void (await queued(canvasElement)),
};

/** Chatting: messages both ways, the agent typing, delivery and read. */
export const Chatting: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => {
    const {agent, chatId} = await queued(canvasElement);
    agent.send({type: 'pick', chatId});
    agent.send({type: 'send', chatId, clientId: crypto.randomUUID(), text: 'Hello, I am Sam. How can I help?'});
    agent.send({type: 'typing', chatId, typing: true});
  },
};

/** Minimised while the agent writes: the launcher counts new messages. */
export const MinimisedWithNewMessages: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => {
    const {agent, chatId} = await queued(canvasElement);
    agent.send({type: 'pick', chatId});
    await waitFor(() => expect(panelRoot(canvasElement).textContent).toContain('You are chatting with Sam.'));
    [...panelRoot(canvasElement).querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent!.includes('Minimise'))!
      .click();
    agent.send({type: 'send', chatId, clientId: crypto.randomUUID(), text: 'Are you still there?'});
    agent.send({type: 'send', chatId, clientId: crypto.randomUUID(), text: 'Take your time.'});
  },
};

/** Ended: the transcript to download, and a new chat. */
export const Ended: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => {
    const {agent, chatId} = await queued(canvasElement);
    agent.send({type: 'pick', chatId});
    agent.send({type: 'send', chatId, clientId: crypto.randomUUID(), text: 'Thank you for getting in touch.'});
    agent.send({type: 'end', chatId});
  },
};

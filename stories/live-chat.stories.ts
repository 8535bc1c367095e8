import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/widgets/live-chat/soh-live-chat.js';
import {clearChatSession} from '../src/widgets/live-chat/chat-session.js';
import {BrowserChatAgent} from '../test/helpers/browser-chat-agent.js';
import {SANDBOX_ENDPOINT as ENDPOINT, SANDBOX_OPERATOR_TOKEN} from './sandbox-endpoint.js';

/**
 * The chat talks to a real sandbox: `npm start`'s when you run Storybook
 * (open http://localhost:8080/agent to answer by hand), or the one the story
 * tests start for themselves. The stories past the launcher play the agent
 * themselves over the sandbox's agent socket, so each state shows without a
 * second window: they sign in to it with its operator secret (run Storybook
 * as `SOH_STORY_OPERATOR_TOKEN=<the token npm start printed> npm run storybook`).
 */

const launcherButton = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('soh-live-chat')!.shadowRoot!.querySelector('button')!;

const panelText = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('soh-live-chat')!.shadowRoot!.querySelector('soh-chat-panel')?.shadowRoot?.textContent ??
  '';

const meta: Meta = {
  title: 'Widgets/Live chat',
  component: 'soh-live-chat',
  render: () => html`<soh-live-chat endpoint=${ENDPOINT}></soh-live-chat>`,
  // Each story starts a chat of its own: the one the last story left in this tab's session is forgotten.
  beforeEach: () => clearChatSession(),
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
  play: async ({canvasElement}) => {
    launcherButton(canvasElement).click();
    await waitFor(() => expect(panelText(canvasElement)).toContain('No one is free to chat right now.'), {
      timeout: 5000,
    });
  },
};

/** An agent played by the story itself over the sandbox's agent socket, so each state shows without a second window. */
class StoryAgent extends BrowserChatAgent {
  constructor() {
    super(ENDPOINT, SANDBOX_OPERATOR_TOKEN);
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
  play: async ({canvasElement}) => {
    await new StoryAgent().ready;
    launcherButton(canvasElement).click();
    await waitFor(() => expect(panelText(canvasElement)).toContain('What is your chat about?'), {timeout: 5000});
  },
};

/** Someone is in danger: call 999, and how. */
export const Emergency: Story = {
  play: async ({canvasElement}) => {
    await new StoryAgent().ready;
    launcherButton(canvasElement).click();
    await waitFor(() => expect(panelRoot(canvasElement).querySelector('input[name="emergency"]')).toBeTruthy());
    panelRoot(canvasElement).querySelector<HTMLInputElement>('input[name="emergency"][value="yes"]')!.click();
    panelRoot(canvasElement).querySelector<HTMLButtonElement>('form .button')!.click();
    await waitFor(() => expect(panelText(canvasElement)).toContain('Call 999 now'));
  },
};

/** Waiting: the place in the queue and the wait. */
export const Waiting: Story = {
  play: async ({canvasElement}) => {
    await queued(canvasElement);
    await waitFor(() => expect(panelText(canvasElement)).toMatch(/You are number \d+ in the queue/), {timeout: 5000});
  },
};

/** Chatting: messages both ways, the agent typing, delivery and read. */
export const Chatting: Story = {
  play: async ({canvasElement}) => {
    const {agent, chatId} = await queued(canvasElement);
    agent.send({type: 'pick', chatId});
    agent.send({type: 'send', chatId, clientId: crypto.randomUUID(), text: 'Hello, I am Sam. How can I help?'});
    await waitFor(() => expect(panelText(canvasElement)).toContain('Hello, I am Sam. How can I help?'), {
      timeout: 5000,
    });
    // Typing after the message has arrived: a message from the agent ends "is typing", and the typing
    // notice (not stored, so not ordered with messages) could otherwise arrive first.
    agent.send({type: 'typing', chatId, typing: true});
    await waitFor(() => expect(panelText(canvasElement)).toContain('Sam is typing…'));
  },
};

/** Minimised while the agent writes: the launcher counts new messages. */
export const MinimisedWithNewMessages: Story = {
  play: async ({canvasElement}) => {
    const {agent, chatId} = await queued(canvasElement);
    agent.send({type: 'pick', chatId});
    await waitFor(() => expect(panelRoot(canvasElement).textContent).toContain('You are chatting with Sam.'));
    [...panelRoot(canvasElement).querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent!.includes('Minimise'))!
      .click();
    agent.send({type: 'send', chatId, clientId: crypto.randomUUID(), text: 'Are you still there?'});
    agent.send({type: 'send', chatId, clientId: crypto.randomUUID(), text: 'Take your time.'});
    await waitFor(() => expect(launcherButton(canvasElement).textContent).toContain('2 new messages'), {timeout: 5000});
  },
};

/** Ended: the transcript to download, and a new chat. */
export const Ended: Story = {
  play: async ({canvasElement}) => {
    const {agent, chatId} = await queued(canvasElement);
    agent.send({type: 'pick', chatId});
    agent.send({type: 'send', chatId, clientId: crypto.randomUUID(), text: 'Thank you for getting in touch.'});
    agent.send({type: 'end', chatId});
    await waitFor(() => expect(panelText(canvasElement)).toContain('The chat has ended.'), {timeout: 5000});
  },
};

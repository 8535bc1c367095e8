import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/widgets/live-chat/soh-live-chat.js';

/**
 * The chat talks to the sandbox of `npm start` (http://localhost:8080).
 * Stories past the first question need someone answering: open
 * http://localhost:8080/agent in another window. Those are not run by the
 * tests (`!test`); the launcher and the unreachable endpoint are.
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

/**
 * With an agent window open: the questions first (anyone in danger, what it
 * is about, a name). Answer them to see the queue, then pick the chat up in
 * the agent window to chat; minimise to see the unread count; end it to see
 * the transcript link and "Start a new chat".
 */
export const Chat: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => launcherButton(canvasElement).click(),
};

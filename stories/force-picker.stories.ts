import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/widgets/force-picker/soh-force-picker.js';
import {SANDBOX_ENDPOINT as ENDPOINT} from './sandbox-endpoint.js';

/** The postcode search talks to a real sandbox (`npm start`'s, or the story tests' own). */

const meta: Meta = {
  title: 'Elements/Force picker (national mode)',
  component: 'soh-force-picker',
  render: () => html`<soh-force-picker endpoint=${ENDPOINT}></soh-force-picker>`,
};
export default meta;
type Story = StoryObj;

/** As a national page shows it first: by the force's name, or by postcode. */
export const Empty: Story = {};

/** Continue with neither answered. */
export const NothingGiven: Story = {
  play: async ({canvasElement}) => {
    const picker = canvasElement.querySelector('soh-force-picker')!;
    await waitFor(() => expect(picker.shadowRoot!.querySelector('button[type="submit"]')).toBeTruthy());
    await userEvent.click(picker.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(picker.shadowRoot!.querySelector('[role="alert"]')).toBeTruthy());
  },
};

/** In Welsh: the forces of Wales by their Welsh names. */
export const Welsh: Story = {
  render: () => html`<div lang="cy"><soh-force-picker endpoint=${ENDPOINT}></soh-force-picker></div>`,
};

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/core/config/soh-config.js';
import '../src/widgets/exit-page/soh-exit-page.js';
import {SANDBOX_ENDPOINT as ENDPOINT} from './sandbox-endpoint.js';

function stayOnPage(event: Event) {
  event.preventDefault();
}

const meta: Meta = {
  title: 'Elements/Configuration',
  component: 'soh-config',
};
export default meta;

type Story = StoryObj;

/** A force in Wales: the English / Cymraeg switch shows above the elements, in the page's language. */
export const WelshForce: Story = {
  render: () =>
    html`<soh-config force="north-wales" endpoint=${ENDPOINT}>
      <soh-exit-page @soh-exit=${stayOnPage}></soh-exit-page>
    </soh-config>`,
  play: async ({canvasElement}) => {
    const config =
      canvasElement.querySelector('soh-config soh-config') ?? canvasElement.querySelectorAll('soh-config')[1];
    await waitFor(() => expect(config!.shadowRoot!.querySelector('[part="language-switch"]')).toBeTruthy());
  },
};

/** After choosing Cymraeg: every element inside speaks Welsh. */
export const WelshChosen: Story = {
  render: () =>
    html`<soh-config force="gwent" endpoint=${ENDPOINT}>
      <soh-exit-page @soh-exit=${stayOnPage}></soh-exit-page>
    </soh-config>`,
  play: async ({canvasElement}) => {
    const config = canvasElement.querySelectorAll('soh-config')[1];
    await waitFor(() => expect(config.shadowRoot!.querySelector('button[lang="cy"]')).toBeTruthy());
    await userEvent.click(config.shadowRoot!.querySelector('button[lang="cy"]')!);
    const exitPage = config.querySelector('soh-exit-page')!;
    await waitFor(() => expect(exitPage.shadowRoot!.textContent).toContain('Gadael y dudalen'));
  },
};

/** A force in England: no switch unless `language-switch="on"`. */
export const EnglishForce: Story = {
  render: () =>
    html`<soh-config force="essex" endpoint=${ENDPOINT}>
      <soh-exit-page @soh-exit=${stayOnPage}></soh-exit-page>
    </soh-config>`,
};

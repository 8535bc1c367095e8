import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/widgets/exit-page/soh-exit-page.js';
import type {SohExitPage} from '../src/widgets/exit-page/exit-page.js';

/** Keeps the story in place: exiting would replace Storybook's own page. */
function stayOnPage(event: Event) {
  event.preventDefault();
}

function exitPageIn(canvasElement: HTMLElement): SohExitPage {
  return canvasElement.querySelector('soh-exit-page')!;
}

function status(element: SohExitPage): string {
  return element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

const meta: Meta = {
  title: 'Elements/Exit this page',
  component: 'soh-exit-page',
  render: (args) =>
    html`<soh-exit-page
      exit-url=${args['exit-url'] ?? 'https://www.bbc.co.uk/weather'}
      ?escape=${args.escape}
      @soh-exit=${stayOnPage}
    ></soh-exit-page>`,
  args: {'exit-url': 'https://www.bbc.co.uk/weather', escape: false},
};
export default meta;

type Story = StoryObj;

/** As it first appears: at the top of every page of a sensitive journey. */
export const Default: Story = {
  play: async ({canvasElement}) => {
    const element = exitPageIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('button')).toBeTruthy());
  },
};

/** After one press of Shift: the hidden status tells a screen-reader user how many presses remain. */
export const CountingShiftPresses: Story = {
  play: async ({canvasElement}) => {
    const element = exitPageIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('button')).toBeTruthy());
    await userEvent.keyboard('{Shift}');
    await waitFor(() => expect(status(element)).not.toBe(''));
  },
};

/** Leaving: the page is covered at once while the neutral page loads. */
export const Exiting: Story = {
  play: async ({canvasElement}) => {
    const element = exitPageIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('button')).toBeTruthy());
    await userEvent.click(element.shadowRoot!.querySelector('button')!);
    await waitFor(() => expect(element.shadowRoot!.querySelector('dialog')!.open).toBe(true));
    // Let the designer see the page again.
    element.shadowRoot!.querySelector('dialog')!.close();
  },
};

/** With `escape`: one press of Escape leaves too, as on some police sites. */
export const WithEscape: Story = {
  args: {escape: true},
};

/** In Welsh, whatever the toolbar says. */
export const Welsh: Story = {
  render: () => html`<div lang="cy"><soh-exit-page @soh-exit=${stayOnPage}></soh-exit-page></div>`,
  play: async ({canvasElement}) => {
    const element = exitPageIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.textContent).toContain('Gadael y dudalen'));
  },
};

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/fields/select/soh-select.js';
import {selfDefinedEthnicity} from '../src/sdm/code-lists.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

const ethnicity = Object.values(selfDefinedEthnicity).map(({code, en}) => ({value: code, label: en}));

const meta: Meta<{value: string}> = {
  title: 'Fields/Select (autocomplete)',
  component: 'soh-select',
  render: (args) =>
    html`<form @submit=${stayOnPage}>
      <soh-select
        name="ethnicity"
        label="What is your ethnic group?"
        hint="Start typing, then choose from the list"
        required
        required-message="Select your ethnic group, or Prefer not to say"
        .options=${ethnicity}
        .value=${args.value}
      ></soh-select>
    </form>`,
  args: {value: ''},
};
export default meta;
type Story = StoryObj<{value: string}>;

export const Empty: Story = {};
export const Chosen: Story = {args: {value: 'A1'}};

/** The list open on what was typed, the second match highlighted. */
export const ListOpen: Story = {
  play: async ({canvasElement}) => {
    const field = canvasElement.querySelector('soh-select')!;
    await field.updateComplete;
    const input = field.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, 'black');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe('option-1'));
  },
};

export const ErrorEmpty: Story = {play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-select')};

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/fields/choice/soh-yes-no.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

const meta: Meta<{value: string}> = {
  title: 'Fields/Yes or no',
  component: 'soh-yes-no',
  render: (args) =>
    html`<form @submit=${stayOnPage}>
      <soh-yes-no
        name="weapon"
        label="Was a weapon used or seen?"
        required
        required-message="Select yes if a weapon was used or seen"
        .value=${args.value}
      ></soh-yes-no>
    </form>`,
  args: {value: ''},
};
export default meta;
type Story = StoryObj<{value: string}>;

export const Empty: Story = {};
export const Yes: Story = {args: {value: 'yes'}};
export const ErrorNothingChosen: Story = {play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-yes-no')};

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/fields/textarea/soh-textarea.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

interface Args {
  label: string;
  hint: string;
  maxlength: number;
  required: boolean;
  value: string;
}

const meta: Meta<Args> = {
  title: 'Fields/Textarea',
  component: 'soh-textarea',
  render: (args) =>
    html`<form @submit=${stayOnPage}>
      <soh-textarea
        name="what"
        label=${args.label}
        hint=${args.hint}
        maxlength=${args.maxlength}
        ?required=${args.required}
        .value=${args.value}
      ></soh-textarea>
    </form>`,
  args: {
    label: 'What happened?',
    hint: 'Include what was said or done, and anything that might help us find the person responsible',
    maxlength: 200,
    required: true,
    value: '',
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Filled: Story = {args: {value: 'Someone took my bicycle from the rack outside the library.'}};

/** Over the limit: the count turns red and says how many too many, but typing is never stopped. */
export const OverTheLimit: Story = {args: {maxlength: 20, value: 'Someone took my bicycle from the rack.'}};

export const ErrorEmpty: Story = {play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-textarea')};

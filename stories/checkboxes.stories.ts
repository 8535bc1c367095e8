import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/fields/choice/soh-checkboxes.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

const targeted = [
  {value: 'race', label: 'Race or ethnicity'},
  {value: 'religion', label: 'Religion or belief'},
  {value: 'sexual-orientation', label: 'Sexual orientation'},
  {value: 'disability', label: 'Disability'},
  {value: 'transgender', label: 'Being transgender'},
];

const meta: Meta<{value: string[]}> = {
  title: 'Fields/Checkboxes',
  component: 'soh-checkboxes',
  render: (args) =>
    html`<form @submit=${stayOnPage}>
      <soh-checkboxes
        name="hate"
        label="Do you think you were targeted because of any of these?"
        hint="Select all that apply"
        required
        required-message="Select at least one, or go back and answer No"
        .options=${targeted}
        .value=${args.value}
      ></soh-checkboxes>
    </form>`,
  args: {value: []},
};
export default meta;
type Story = StoryObj<{value: string[]}>;

export const Empty: Story = {};
export const SomeChosen: Story = {args: {value: ['religion', 'disability']}};
export const ErrorNothingChosen: Story = {
  play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-checkboxes'),
};

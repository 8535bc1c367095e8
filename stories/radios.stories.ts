import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/fields/choice/soh-radios.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

const involvement = [
  {value: 'IVLD_VICTIM', label: 'It happened to me'},
  {value: 'IVLD_WITNESS', label: 'I saw it happen'},
  {
    value: 'IVLD_OTHER',
    label: 'I am reporting for someone else',
    hint: 'For example, a relative or someone you care for',
  },
];

const meta: Meta<{value: string; headingLevel: number}> = {
  title: 'Fields/Radios',
  component: 'soh-radios',
  render: (args) =>
    html`<form @submit=${stayOnPage}>
      <soh-radios
        name="involvement"
        label="How are you involved?"
        required
        required-message="Select how you are involved"
        heading-level=${args.headingLevel}
        .options=${involvement}
        .value=${args.value}
      ></soh-radios>
    </form>`,
  args: {value: '', headingLevel: 0},
};
export default meta;
type Story = StoryObj<{value: string; headingLevel: number}>;

export const Empty: Story = {};
export const Chosen: Story = {args: {value: 'IVLD_WITNESS'}};
export const AsPageHeading: Story = {args: {headingLevel: 1}};
export const ErrorNothingChosen: Story = {play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-radios')};

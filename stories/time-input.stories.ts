import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/fields/time-input/soh-time-input.js';
import type {SohTimeInput} from '../src/fields/time-input/time-input.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

const meta: Meta = {
  title: 'Fields/Time input',
  component: 'soh-time-input',
  render: () =>
    html`<form @submit=${stayOnPage}>
      <soh-time-input
        name="time"
        label="What time did it happen?"
        hint="Use the 24-hour clock, for example 17:45"
        error-label="The time it happened"
        required
        required-message="Enter the time it happened"
      ></soh-time-input>
    </form>`,
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const ErrorEmpty: Story = {play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-time-input')};
export const ErrorNotReal: Story = {
  play: async ({canvasElement}) => {
    const field = canvasElement.querySelector<SohTimeInput>('soh-time-input')!;
    await field.updateComplete;
    field.formStateRestoreCallback('25/70');
    await submitAndShowError(canvasElement, 'soh-time-input');
  },
};

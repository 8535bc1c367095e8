import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/fields/time-input/soh-time-input.js';
import type {SohTimeInput} from '../src/fields/time-input/time-input.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

/** The page's own words, in the toolbar's language: the error label is written for each (docs/welsh.md). */
const words = {
  en: {
    label: 'What time did it happen?',
    hint: 'Use the 24-hour clock, for example 17:45',
    errorLabel: 'The time it happened',
    required: 'Enter the time it happened',
  },
  cy: {
    label: 'Faint o’r gloch ddigwyddodd y peth?',
    hint: 'Defnyddiwch y cloc 24 awr, er enghraifft 17:45',
    errorLabel: 'i’r amser y digwyddodd',
    required: 'Rhowch yr amser y digwyddodd',
  },
};

const meta: Meta = {
  title: 'Fields/Time input',
  component: 'soh-time-input',
  render: (_args, {globals}) => {
    const say = globals.locale === 'cy' ? words.cy : words.en;
    return html`<form @submit=${stayOnPage}>
      <soh-time-input
        name="time"
        label=${say.label}
        hint=${say.hint}
        error-label=${say.errorLabel}
        required
        required-message=${say.required}
      ></soh-time-input>
    </form>`;
  },
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

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/fields/date-input/soh-date-input.js';
import type {SohDateInput} from '../src/fields/date-input/date-input.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

/** The page's own words, in the toolbar's language: the error label is written for each (docs/welsh.md). */
const words = {
  en: {
    label: 'What is your date of birth?',
    hint: 'For example, 27 3 2007',
    errorLabel: 'Your date of birth',
    required: 'Enter your date of birth',
  },
  cy: {
    label: 'Beth yw eich dyddiad geni?',
    hint: 'Er enghraifft, 27 3 2007',
    errorLabel: 'i’ch dyddiad geni',
    required: 'Rhowch eich dyddiad geni',
  },
};

const meta: Meta<{typed: string}> = {
  title: 'Fields/Date input',
  component: 'soh-date-input',
  render: (_args, {globals}) => {
    const say = globals.locale === 'cy' ? words.cy : words.en;
    return html`<form @submit=${stayOnPage}>
      <soh-date-input
        name="dob"
        label=${say.label}
        hint=${say.hint}
        error-label=${say.errorLabel}
        autocomplete="bday"
        past
        required
        required-message=${say.required}
      ></soh-date-input>
    </form>`;
  },
};
export default meta;
type Story = StoryObj<{typed: string}>;

/** Types into the boxes as a person would (day/month/year), then presses Continue. */
function typedThenSubmitted(typed: string): Story['play'] {
  return async ({canvasElement}) => {
    const field = canvasElement.querySelector<SohDateInput>('soh-date-input')!;
    await field.updateComplete;
    field.formStateRestoreCallback(typed);
    await submitAndShowError(canvasElement, 'soh-date-input');
  };
}

export const Empty: Story = {};
export const ErrorEmpty: Story = {play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-date-input')};
export const ErrorMissingMonth: Story = {play: typedThenSubmitted('27//2007')};
export const ErrorNotReal: Story = {play: typedThenSubmitted('31/2/2007')};
export const ErrorYearDigits: Story = {play: typedThenSubmitted('27/3/07')};
export const ErrorInTheFuture: Story = {play: typedThenSubmitted('27/3/2999')};

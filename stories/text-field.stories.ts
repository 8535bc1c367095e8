import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/fields/text-field/soh-text-field.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

interface Args {
  label: string;
  hint: string;
  type: 'text' | 'email' | 'tel';
  autocomplete?: string;
  required: boolean;
  value: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Fields/Text field',
  component: 'soh-text-field',
  render: (args) =>
    html`<form @submit=${stayOnPage}>
      <soh-text-field
        name="answer"
        label=${args.label}
        hint=${args.hint}
        type=${args.type}
        autocomplete=${ifDefined(args.autocomplete)}
        ?required=${args.required}
        .value=${args.value}
        heading-level=${args.headingLevel}
      ></soh-text-field>
    </form>`,
  args: {label: 'Full name', hint: '', type: 'text', autocomplete: 'name', required: true, value: '', headingLevel: 0},
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

export const WithHint: Story = {args: {hint: 'As it appears on your bank card or passport'}};

export const Filled: Story = {args: {value: 'Alex Example'}};

/** The question as the page heading: one question per page. */
export const AsPageHeading: Story = {args: {label: 'What is your full name?', headingLevel: 1}};

export const ErrorEmpty: Story = {play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-text-field')};

export const ErrorEmailFormat: Story = {
  args: {label: 'Email address', type: 'email', autocomplete: 'email', value: 'alex@'},
  play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-text-field'),
};

export const ErrorTelephoneFormat: Story = {
  args: {label: 'Telephone number', type: 'tel', autocomplete: 'tel', value: '12345'},
  play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-text-field'),
};

export const Disabled: Story = {
  render: (args) =>
    html`<form>
      <fieldset disabled>
        <legend>Sent</legend>
        <soh-text-field name="answer" label=${args.label} .value=${'Alex Example'}></soh-text-field>
      </fieldset>
    </form>`,
};

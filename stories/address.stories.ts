import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/fields/address/soh-address.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';
import {SANDBOX_ENDPOINT as ENDPOINT} from './sandbox-endpoint.js';

/** The postcode look-up talks to a real sandbox (`npm start`'s, or the story tests' own). */

const meta: Meta = {
  title: 'Fields/Address',
  component: 'soh-address',
  render: () =>
    html`<form @submit=${stayOnPage}>
      <soh-address
        name="home"
        label="What is your address?"
        endpoint=${ENDPOINT}
        required
        required-message="Enter your postcode and find your address, or enter it manually"
      ></soh-address>
    </form>`,
};
export default meta;
type Story = StoryObj;

/** Find by postcode, with the boxes always one click away. */
export const PostcodeLookup: Story = {};

export const ErrorEmpty: Story = {play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-address')};

/** With no endpoint (or after "Enter the address manually"): the boxes, each with its autocomplete token. */
export const Manual: Story = {
  render: () =>
    html`<form @submit=${stayOnPage}>
      <soh-address name="home" label="What is your address?" required></soh-address>
    </form>`,
  play: async ({canvasElement}) => {
    const field = canvasElement.querySelector('soh-address')!;
    await waitFor(() => expect(field.shadowRoot!.querySelector('#line1')).toBeTruthy());
  },
};

export const ManualError: Story = {
  render: () =>
    html`<form @submit=${stayOnPage}>
      <soh-address
        name="home"
        label="What is your address?"
        .value=${{line1: '1 Example Street', line2: '', town: '', county: '', postcode: 'nope'}}
      ></soh-address>
    </form>`,
  play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-address'),
};

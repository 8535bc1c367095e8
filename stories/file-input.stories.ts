import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/fields/file-input/soh-file-input.js';
import type {SohFileInput} from '../src/fields/file-input/file-input.js';
import {stayOnPage, submitAndShowError} from './field-story-helpers.js';

const meta: Meta<{multiple: boolean}> = {
  title: 'Fields/File',
  component: 'soh-file-input',
  render: (args) =>
    html`<form @submit=${stayOnPage}>
      <soh-file-input
        name="footage"
        label="Add the footage"
        hint="Dash-cam or phone video, or photos"
        accept="video/*,image/*"
        ?multiple=${args.multiple}
        required
        required-message="Choose the footage to add"
      ></soh-file-input>
    </form>`,
  args: {multiple: true},
};
export default meta;
type Story = StoryObj<{multiple: boolean}>;

export const Empty: Story = {};

/** Files chosen: each listed with its size and a Remove button. */
export const FilesChosen: Story = {
  play: async ({canvasElement}) => {
    const field = canvasElement.querySelector<SohFileInput>('soh-file-input')!;
    await field.updateComplete;
    field.value = [
      new File([new Uint8Array(48_000_000)], 'dashcam-front.mp4', {type: 'video/mp4'}),
      new File([new Uint8Array(2_400_000)], 'damage.jpg', {type: 'image/jpeg'}),
    ];
    await waitFor(() => expect(field.shadowRoot!.querySelectorAll('[part="file-list"] li')).toHaveLength(2));
  },
};

export const ErrorNothingChosen: Story = {
  play: ({canvasElement}) => submitAndShowError(canvasElement, 'soh-file-input'),
};

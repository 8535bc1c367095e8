import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/fields/media-upload/soh-media-upload.js';
import type {SohMediaUpload} from '../src/fields/media-upload/media-upload.js';
import {SANDBOX_ENDPOINT as ENDPOINT} from './sandbox-endpoint.js';

/**
 * The endpoint is a real sandbox: `npm start`'s when you run Storybook, or
 * the one the story tests start for themselves.
 */

function photo(name: string, megabytes: number): File {
  const bytes = new Uint8Array(megabytes * 1_000_000);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return new File([bytes], name, {type: 'image/jpeg'});
}

async function upload(canvasElement: HTMLElement): Promise<SohMediaUpload> {
  const element = canvasElement.querySelector<SohMediaUpload>('soh-media-upload')!;
  await element.updateComplete;
  return element;
}

function choose(element: SohMediaUpload, ...files: File[]): void {
  const picker = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change'));
}

const button = (element: SohMediaUpload, text: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((one) =>
    one.textContent!.trim().startsWith(text),
  );

const meta: Meta = {
  title: 'Widgets/Media upload',
  component: 'soh-media-upload',
  render: () => html`<soh-media-upload endpoint=${ENDPOINT} reference="AB12-CD34"></soh-media-upload>`,
};
export default meta;
type Story = StoryObj;

/** Before a file is chosen: what it takes, and the picker (drop and paste work too). */
export const Empty: Story = {};

/** Files dragged over it. */
export const Dragging: Story = {
  play: async ({canvasElement}) => {
    const element = await upload(canvasElement);
    element.shadowRoot!.querySelector('[part="drop-zone"]')!.dispatchEvent(new DragEvent('dragover', {bubbles: true}));
    await waitFor(() => expect(element.matches(':state(dragging)')).toBe(true));
  },
};

/** A file whose bytes are not a photo or video, whatever its name says: refused, with what to do. */
export const Refused: Story = {
  play: async ({canvasElement}) => {
    const element = await upload(canvasElement);
    choose(element, new File(['not a photo'], 'holiday.jpg', {type: 'image/jpeg'}));
    await waitFor(() => expect(element.shadowRoot!.querySelector('[part="error-message"]')).toBeTruthy());
  },
};

/**
 * Sending: progress, bytes and time left, Pause and Cancel, a caption. Not
 * run by the tests (the moment passes in a second against a local sandbox;
 * test/fields/media-upload holds it with the sandbox's fault switch).
 */
export const Uploading: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => {
    choose(await upload(canvasElement), photo('dashcam-front.jpg', 400));
  },
};

/** Paused part-way: Resume carries on from there. Not run by the tests, for the same reason as Uploading. */
export const Paused: Story = {
  tags: ['!test'],
  play: async ({canvasElement}) => {
    const element = await upload(canvasElement);
    choose(element, photo('dashcam-front.jpg', 400));
    await waitFor(() => expect(button(element, 'Pause')).toBeTruthy(), {timeout: 10000});
    button(element, 'Pause')!.click();
  },
};

/**
 * The endpoint cannot be reached: after its retries, the file says so and
 * offers Retry. Not run by the tests (the retries take half a minute;
 * test/fields/media-upload tests it).
 */
export const Failed: Story = {
  tags: ['!test'],
  render: () => html`<soh-media-upload endpoint="http://localhost:9/"></soh-media-upload>`,
  play: async ({canvasElement}) => {
    choose(await upload(canvasElement), photo('front-door.jpg', 2));
  },
};

/** Stored and checked by the endpoint. */
export const Done: Story = {
  play: async ({canvasElement}) => {
    const element = await upload(canvasElement);
    choose(element, photo('front-door.jpg', 2));
    await waitFor(() => expect(element.shadowRoot!.textContent).toContain('Uploaded and checked'), {timeout: 10000});
  },
};

/** A page that asks for photos only (`kinds="jpg png heic"`): the hint and the messages name only those. */
export const PhotosOnly: Story = {
  render: () =>
    html`<soh-media-upload endpoint=${ENDPOINT} reference="AB12-CD34" kinds="jpg png heic"></soh-media-upload>`,
  play: async ({canvasElement}) => {
    const element = await upload(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.textContent).toContain('JPG, PNG or HEIC'));
    await expect(element.shadowRoot!.textContent).not.toContain('MP4');
  },
};

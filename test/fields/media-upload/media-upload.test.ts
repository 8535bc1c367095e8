import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '../../helpers/keys.js';
import '../../../src/fields/media-upload/soh-media-upload.js';
import type {SohMediaUpload} from '../../../src/fields/media-upload/media-upload.js';
import {settled, shadowText, until} from '../../helpers/fixtures.js';
// @ts-expect-error a virtual module the test runner serves: the real sandbox endpoint
import {operatorToken, sandboxUrl} from '/__sandbox.js';

/** Downloading a stored file is for the back office. */
const backOffice = {headers: {authorization: `Bearer ${operatorToken}`}};

// Against the real sandbox: files go over tus and the endpoint checks each SHA-256.

function jpeg(name: string, size: number): File {
  const bytes = new Uint8Array(size).map((_, index) => (index * 7) % 256);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return new File([bytes], name, {type: 'image/jpeg', lastModified: 1_700_000_000_000});
}

async function mount(attributes = html``, lang = 'en'): Promise<SohMediaUpload> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <soh-media-upload endpoint=${sandboxUrl} reference="AB12-CD34"></soh-media-upload>${attributes}
    </div>`,
  );
  const element = wrapper.querySelector<SohMediaUpload>('soh-media-upload')!;
  await settled(element);
  return element;
}

function choose(element: SohMediaUpload, ...files: File[]): void {
  const picker = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', {bubbles: true}));
}

const refusals = (element: SohMediaUpload) =>
  (element.shadowRoot!.querySelector('[part="error-message"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('<soh-media-upload>', () => {
  it('sends a photo, which the endpoint stores byte for byte with the SHA-256 worked out here', async () => {
    const element = await mount();
    await expect(element).to.be.accessible();
    const photo = jpeg('front-door.jpg', 3 * 1024 * 1024 + 17);
    const complete = oneEvent(element, 'soh-upload-complete');
    choose(element, photo);
    const {detail} = await complete;
    expect(detail).to.deep.include({
      fileName: 'front-door.jpg',
      mediaType: 'image/jpeg',
      size: photo.size,
      sha256: await hex(photo),
      captureTime: '2023-11-14T22:13:20.000Z',
    });
    const stored = await (await fetch(detail.url, backOffice)).arrayBuffer();
    expect(new Uint8Array(stored)).to.deep.equal(new Uint8Array(await photo.arrayBuffer()));
    await settled(element);
    const bar = element.shadowRoot!.querySelector('progress')!;
    expect(bar.value).to.equal(100);
    expect(bar.getAttribute('aria-valuetext')).to.equal('Uploaded and checked');
    expect(element.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain(
      'front-door.jpg uploaded and checked',
    );
    expect(element.attachments).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('carries on by itself from where a dropped connection left it, and the endpoint gets the same bytes', async () => {
    const element = await mount();
    const footage = jpeg('dashcam.jpg', 24 * 1024 * 1024);
    const faults = new URL('__faults', sandboxUrl);
    await fetch(faults, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({uploads: {dropAfterBytes: 8 * 1024 * 1024}}),
    });
    const complete = oneEvent(element, 'soh-upload-complete');
    choose(element, footage);
    const {detail} = await complete;
    // The cut happened (the fault is used up), and the file still arrived whole.
    expect((await (await fetch(faults)).json()).uploads).to.deep.equal({});
    expect(detail.sha256).to.equal(await hex(footage));
    const stored = new Blob([await (await fetch(detail.url, backOffice)).arrayBuffer()]);
    expect(await hex(stored)).to.equal(detail.sha256);
  });

  it('sends every byte while the file is still being hashed, and is done only once the endpoint has checked it', async () => {
    // The page names a hashing worker that never answers, as a slow phone still reading a long video would not yet.
    const slowHashing = Object.assign(document.createElement('meta'), {
      name: 'soh-hash-worker-url',
      content: new URL('./hash-worker-stalled.js', import.meta.url).href,
    });
    document.head.append(slowHashing);
    try {
      const element = await mount();
      const footage = jpeg('dashcam.jpg', 8 * 1024 * 1024);
      let completed = false;
      element.addEventListener('soh-upload-complete', () => (completed = true));
      choose(element, footage);
      const status = () => element.shadowRoot!.querySelector('progress')?.getAttribute('aria-valuetext');
      await until(() => status() === 'All sent. Checking it arrived in full', 30000);
      // The endpoint answered the last byte (tus), yet the element does not call the file done before it is checked.
      expect(element.shadowRoot!.querySelector('progress')!.value).to.equal(100);
      expect(completed).to.equal(false);
      expect(element.attachments).to.have.length(0);
      await expect(element).to.be.accessible();
      // Cancelled while checking: it leaves the list and is never called done, whatever arrives later.
      [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
        .find((one) => one.textContent!.trim().startsWith('Cancel'))!
        .click();
      await until(() => element.shadowRoot!.querySelectorAll('[part="file-list"] li').length === 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(completed).to.equal(false);
      expect(element.attachments).to.have.length(0);
    } finally {
      slowHashing.remove();
    }
  });

  it('pauses and resumes from where it paused, with the keyboard, and passes axe while paused', async function () {
    // Hashing 200 MB in pure JavaScript takes seconds on a busy two-core machine; sending it, about one.
    this.timeout(60000);
    const element = await mount();
    const footage = jpeg('long-drive.jpg', 200 * 1024 * 1024);
    const complete = oneEvent(element, 'soh-upload-complete');
    choose(element, footage);
    const button = (text: string) =>
      [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((one) =>
        one.textContent!.trim().startsWith(text),
      );
    await until(() => button('Pause'), 30000);
    button('Pause')!.focus();
    await sendKeys({press: 'Enter'});
    await settled(element);
    const status = element.shadowRoot!.querySelector('progress')!.getAttribute('aria-valuetext')!;
    expect(status).to.match(/^Paused at [\d.]+ (kB|MB) of 209.7 MB$/);
    await expect(element).to.be.accessible();
    button('Resume')!.focus();
    await sendKeys({press: 'Enter'});
    const {detail} = await complete;
    expect(detail.size).to.equal(footage.size);
    const stored = new Blob([await (await fetch(detail.url, backOffice)).arrayBuffer()]);
    expect(await hex(stored)).to.equal(detail.sha256);
  });

  it('cancels with the keyboard: the file leaves the list, the endpoint deletes it, focus goes back to choosing', async function () {
    this.timeout(60000);
    const element = await mount();
    choose(element, jpeg('wrong-one.jpg', 200 * 1024 * 1024));
    const cancel = () =>
      [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((one) =>
        one.textContent!.trim().startsWith('Cancel'),
      );
    // Once sending has begun, so that the endpoint holds an upload to delete.
    let uploadUrl = '';
    await until(() => {
      const key = Object.keys(sessionStorage).find((one) => one.startsWith('soh:upload:'));
      uploadUrl = key ? (JSON.parse(sessionStorage.getItem(key)!) as {uploadUrl: string}).uploadUrl : '';
      return uploadUrl && cancel();
    }, 30000);
    cancel()!.focus();
    await sendKeys({press: 'Enter'});
    await until(() => element.shadowRoot!.querySelectorAll('[part="file-list"] li').length === 0);
    expect(element.shadowRoot!.activeElement?.id).to.equal('picker');
    expect(element.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('wrong-one.jpg removed');
    // The termination request may still be on its way: ask until the endpoint no longer knows the upload.
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 404 && status !== 410; attempt++) {
      status = (await fetch(uploadUrl, {method: 'HEAD', headers: {'Tus-Resumable': '1.0.0'}})).status;
      if (status !== 404 && status !== 410) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).to.be.oneOf([404, 410]);
  });

  it('as a form question: required, and not an answer while a file is still on its way', async function () {
    this.timeout(60000);
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <soh-media-upload
          endpoint=${sandboxUrl}
          name="photo"
          label="Add a photo"
          required
          required-message="Add a photo"
        ></soh-media-upload>
      </form>`,
    );
    const element = form.querySelector<SohMediaUpload>('soh-media-upload')!;
    await settled(element);
    expect(form.checkValidity()).to.equal(false);
    expect(element.validationMessage).to.equal('Add a photo');
    const complete = oneEvent(element, 'soh-upload-complete');
    choose(element, jpeg('slow.jpg', 64 * 1024 * 1024));
    await until(() => element.shadowRoot!.querySelector('progress'));
    expect(form.checkValidity()).to.equal(false);
    expect(element.validationMessage).to.equal(
      'Wait until every file has been uploaded, or cancel the ones you do not want to send',
    );
    await complete;
    await settled(element);
    expect(form.checkValidity()).to.equal(true);
    expect(JSON.parse(new FormData(form).get('photo') as string)[0].fileName).to.equal('slow.jpg');
  });

  it('refuses, saying what to do, a file whose bytes are not a photo or video whatever its name says', async () => {
    const element = await mount();
    choose(element, new File(['not a photo'], 'holiday.jpg', {type: 'image/jpeg'}));
    await until(() => refusals(element));
    expect(refusals(element)).to.equal('Error: holiday.jpg must be a JPG, PNG, HEIC, MP4 or MOV');
    expect(element.shadowRoot!.querySelector('[part="file-list"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('takes only the kinds a page names: a video refused where it asks for photos', async () => {
    const element = await mount();
    element.kinds = 'jpg png heic';
    await settled(element);
    const picker = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(picker.accept).to.equal('image/jpeg,image/png,image/heic');
    const video = new Uint8Array(64);
    video.set([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypmp42')]);
    choose(element, new File([video], 'clip.mp4', {type: 'video/mp4'}));
    await until(() => refusals(element));
    expect(refusals(element)).to.equal('Error: clip.mp4 must be a JPG, PNG or HEIC');
    element.kinds = 'png';
    await settled(element);
    choose(element, jpeg('a.jpg', 1000));
    await until(() => refusals(element).includes('a.jpg'));
    expect(refusals(element)).to.equal('Error: a.jpg must be a PNG');
  });

  it('notices the same file twice, too many files and a file too big', async () => {
    const element = await mount();
    element.maxFiles = 2;
    element.maxSize = 1024 * 1024;
    await settled(element);
    const photo = jpeg('a.jpg', 1000);
    choose(element, photo, photo, jpeg('big.jpg', 2 * 1024 * 1024), jpeg('b.jpg', 1000), jpeg('c.jpg', 1000));
    await until(() => refusals(element));
    expect(refusals(element)).to.contain('a.jpg has already been added');
    expect(refusals(element)).to.contain('big.jpg must be smaller than 1 MB');
    expect(refusals(element)).to.contain('You can upload up to 2 files. c.jpg was not added');
    expect(element.shadowRoot!.querySelectorAll('[part="file-list"] li')).to.have.length(2);
  });

  it('speaks Welsh', async () => {
    const element = await mount(html``, 'cy');
    expect(shadowText(element)).to.contain('Llwytho lluniau neu fideos i fyny');
    choose(element, new File(['not a photo'], 'gwyliau.jpg'));
    await until(() => refusals(element));
    expect(refusals(element)).to.contain('Rhaid i’r ffeil gwyliau.jpg fod yn JPG, PNG, HEIC, MP4 neu MOV');
  });
});

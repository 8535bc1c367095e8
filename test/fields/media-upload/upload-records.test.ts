import {expect, fixture, fixtureCleanup, html, oneEvent} from '@open-wc/testing';
import '../../../src/fields/media-upload/soh-media-upload.js';
import type {SohMediaUpload} from '../../../src/fields/media-upload/media-upload.js';
import {memoryRecords} from '../../../src/fields/media-upload/upload-records.js';
import {settled, shadowText, until} from '../../helpers/fixtures.js';
// @ts-expect-error a virtual module the test runner serves: the real sandbox endpoint
import {sandboxUrl} from '/__sandbox.js';

// What an unfinished upload leaves on the device, against the real sandbox:
// a record to carry on from, in this tab only and naming nothing, or (where
// the person may be watched) nothing at all.

const NAME = 'bruises-from-john.jpg';
const REFERENCE = 'AB12-CD34';

function jpeg(name: string, size: number): File {
  const bytes = new Uint8Array(size).map((_, index) => (index * 13) % 256);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return new File([bytes], name, {type: 'image/jpeg', lastModified: 1_700_000_000_000});
}

function choose(element: SohMediaUpload, file: File): void {
  const picker = element.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', {bubbles: true}));
}

const button = (element: SohMediaUpload, text: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((one) =>
    one.textContent!.trim().startsWith(text),
  );

/** Every key and value in both Web Storage areas, as one text. */
const everythingStored = () =>
  [localStorage, sessionStorage]
    .flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`))
    .join('\n');

const sessionRecordKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('soh:upload:'));

/** Starts a file and pauses it once the endpoint has made its upload (and a record of it may have been kept). */
async function startThenPause(element: SohMediaUpload, file: File, pause = 'Pause'): Promise<void> {
  choose(element, file);
  await until(
    async () =>
      button(element, pause) &&
      (sessionRecordKeys().length > 0 ||
        Object.keys(localStorage).some((key) => key.startsWith('tus::')) ||
        (await memoryRecords.findAllUploads()).length > 0),
    30000,
  );
  button(element, pause)!.click();
  await settled(element);
}

async function forgetMemory(): Promise<void> {
  for (const record of await memoryRecords.findAllUploads()) await memoryRecords.removeUpload(record.urlStorageKey);
}

afterEach(async () => {
  fixtureCleanup();
  sessionStorage.clear();
  localStorage.clear();
  await forgetMemory();
});

describe('<soh-media-upload> on the device', () => {
  it('keeps its record to carry on from in sessionStorage under soh:, naming neither the file nor the report', async function () {
    this.timeout(60000);
    const element = await fixture<SohMediaUpload>(
      html`<soh-media-upload endpoint=${sandboxUrl} reference=${REFERENCE}></soh-media-upload>`,
    );
    await settled(element);
    const file = jpeg(NAME, 64 * 1024 * 1024);
    await startThenPause(element, file);
    expect(Object.keys(localStorage)).to.deep.equal([]);
    expect(sessionRecordKeys()).to.have.length(1);
    expect(Object.keys(sessionStorage).every((key) => key.startsWith('soh:'))).to.equal(true);
    const stored = everythingStored();
    expect(stored).to.not.contain('bruises');
    expect(stored).to.not.contain(REFERENCE);
    expect(stored).to.not.contain(String(file.lastModified));
    const record = JSON.parse(sessionStorage.getItem(sessionRecordKeys()[0])!);
    expect(Object.keys(record).sort()).to.deep.equal(['creationTime', 'size', 'uploadUrl']);
    expect(record.uploadUrl.startsWith(new URL('uploads/', sandboxUrl).href)).to.equal(true);
  });

  it('says, without naming it, that a file was not finished, and carries on with it when it is chosen again', async function () {
    this.timeout(60000);
    const wrapper = await fixture<HTMLElement>(
      html`<div><soh-media-upload endpoint=${sandboxUrl} reference=${REFERENCE}></soh-media-upload></div>`,
    );
    const first = wrapper.querySelector<SohMediaUpload>('soh-media-upload')!;
    await settled(first);
    const file = jpeg(NAME, 64 * 1024 * 1024);
    await startThenPause(first, file);
    const {uploadUrl} = JSON.parse(sessionStorage.getItem(sessionRecordKeys()[0])!) as {uploadUrl: string};
    first.remove();

    // As after a reload: a new element, which cannot reopen the file by itself.
    const second = document.createElement('soh-media-upload') as SohMediaUpload;
    second.setAttribute('endpoint', sandboxUrl);
    second.reference = REFERENCE;
    wrapper.append(second);
    await until(() => second.shadowRoot?.querySelector('[part="interrupted"]'), 10000);
    const notice = shadowText(second);
    expect(notice).to.match(
      /A file of 67\.1 MB was not finished: \d+% of it was sent\. Choose it again and it will carry on from there, not start again\./,
    );
    expect(notice).to.not.contain('bruises');

    const complete = oneEvent(second, 'soh-upload-complete');
    choose(second, file);
    const {detail} = await complete;
    // The same upload the endpoint already held, finished: not a new one from the start.
    expect(detail.url).to.equal(uploadUrl);
    expect(second.shadowRoot!.querySelector('[part="interrupted"]')).to.equal(null);
    // Finished: its record is gone.
    expect(sessionRecordKeys()).to.deep.equal([]);
  });

  it('says it in Welsh on a Welsh page', async function () {
    this.timeout(60000);
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="cy"><soh-media-upload endpoint=${sandboxUrl} reference=${REFERENCE}></soh-media-upload></div>`,
    );
    const first = wrapper.querySelector<SohMediaUpload>('soh-media-upload')!;
    await settled(first);
    await startThenPause(first, jpeg(NAME, 64 * 1024 * 1024), 'Oedi');
    first.remove();
    const second = document.createElement('soh-media-upload') as SohMediaUpload;
    second.setAttribute('endpoint', sandboxUrl);
    wrapper.append(second);
    await until(() => second.shadowRoot?.querySelector('[part="interrupted"]'), 10000);
    expect(shadowText(second)).to.match(
      /Ni orffennwyd ffeil o 67[.,]1 MB: anfonwyd \d+% ohoni\. Dewiswch hi eto a bydd yn parhau o’r fan honno, nid yn dechrau eto\./,
    );
  });

  describe('keeps nothing at all where the person may be watched', () => {
    /** An element inside a shadow root, as a form or the status page puts it. */
    async function inShadowOf(host: HTMLElement, withExitControl: boolean): Promise<SohMediaUpload> {
      document.body.append(host);
      const root = host.attachShadow({mode: 'open'});
      if (withExitControl) root.append(document.createElement('soh-exit-page'));
      const element = document.createElement('soh-media-upload') as SohMediaUpload;
      element.setAttribute('endpoint', sandboxUrl);
      element.reference = REFERENCE;
      root.append(element);
      await settled(element);
      return element;
    }

    const settings: Array<[string, () => Promise<SohMediaUpload>]> = [
      ['beside an exit control, as in a domestic-abuse form', () => inShadowOf(document.createElement('div'), true)],
      [
        'inside <soh-report-status>, which cannot tell a domestic-abuse report from another',
        () => inShadowOf(document.createElement('soh-report-status'), false),
      ],
      [
        'when the page marks it sensitive',
        () => fixture<SohMediaUpload>(html`<soh-media-upload endpoint=${sandboxUrl} sensitive></soh-media-upload>`),
      ],
    ];

    for (const [where, mount] of settings) {
      it(where, async function () {
        this.timeout(60000);
        const element = await mount();
        try {
          await startThenPause(element, jpeg(NAME, 64 * 1024 * 1024));
          expect(everythingStored()).to.equal('');
          // Kept in memory: the page can still carry on with it until it is left.
          expect(await memoryRecords.findAllUploads()).to.have.length(1);
        } finally {
          (element.getRootNode() instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot).host : element).remove();
        }
      });
    }
  });

  it('removes the records an earlier version left in localStorage for its endpoint, and no others', async () => {
    // An upload the endpoint still holds, unfinished, as an earlier version recorded it (with the file's name).
    const base64 = (text: string) => btoa(text);
    const created = await fetch(new URL('uploads', sandboxUrl), {
      method: 'POST',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': '1000',
        'Upload-Metadata': `filename ${base64(NAME)},filetype ${base64('image/jpeg')},sha256 ${base64('a'.repeat(64))}`,
      },
    });
    const uploadUrl = new URL(created.headers.get('Location')!, sandboxUrl).href;
    const ours = `tus::tus-br-${NAME}-image/jpeg-1000-1700000000000-${sandboxUrl}uploads::123`;
    localStorage.setItem(ours, JSON.stringify({size: 1000, metadata: {filename: NAME}, uploadUrl}));
    const theirs = 'tus::tus-br-holiday.jpg::456';
    localStorage.setItem(theirs, JSON.stringify({size: 1, uploadUrl: 'https://elsewhere.example/files/1'}));
    const element = await fixture<SohMediaUpload>(html`<soh-media-upload endpoint=${sandboxUrl}></soh-media-upload>`);
    await until(() => localStorage.getItem(ours) === null);
    expect(localStorage.getItem(theirs)).to.not.equal(null);
    await settled(element);
    expect(shadowText(element)).to.not.contain(NAME);
  });
});

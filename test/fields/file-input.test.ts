import {expect, fixture, html} from '@open-wc/testing';
import '../../src/fields/file-input/soh-file-input.js';
import type {SohFileInput} from '../../src/fields/file-input/file-input.js';
import {formatFileSize} from '../../src/fields/file-input/file-size.js';
import {settled, shadowText} from '../helpers/fixtures.js';

// Files are chosen as a browser hands them over: the input's `files` set
// and a `change` event, what the native file chooser does.

function photo(name: string, bytes: number, type = 'image/jpeg'): File {
  return new File([new Uint8Array(bytes)], name, {type, lastModified: 1_700_000_000_000});
}

async function choose(field: SohFileInput, ...files: File[]): Promise<void> {
  const input = field.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await settled(field);
}

async function mount(attributes = html``, lang = 'en') {
  const form = await fixture<HTMLFormElement>(
    html`<form lang=${lang}>
      <soh-file-input
        name="photo"
        label="Upload a recent photo"
        accept="image/*"
        multiple
        required-message="Choose a photo"
        required
      ></soh-file-input>
      ${attributes}
    </form>`,
  );
  const field = form.querySelector<SohFileInput>('soh-file-input')!;
  await settled(field);
  return {form, field};
}

function shownError(field: SohFileInput): string {
  return (field.shadowRoot!.querySelector('[part="error-message"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const announced = (field: SohFileInput) => field.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

describe('<soh-file-input>', () => {
  it('is labelled, and passes axe empty, with files and with an error', async () => {
    const {form, field} = await mount();
    const input = field.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Upload a recent photo');
    expect(input.accept).to.equal('image/*');
    await expect(field).to.be.accessible();
    form.requestSubmit();
    await settled(field);
    expect(shownError(field)).to.equal('Error: Choose a photo');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(field).to.be.accessible();
    await choose(field, photo('holiday.jpg', 2_400_000));
    expect(shownError(field)).to.equal('');
    await expect(field).to.be.accessible();
  });

  it('lists each file chosen with its size, adds to the list when choosing again, and keeps a file once', async () => {
    const {form, field} = await mount();
    await choose(field, photo('front.jpg', 2_400_000), photo('side.jpg', 800));
    expect(announced(field)).to.equal('2 files chosen');
    await choose(field, photo('back.png', 1_200, 'image/png'), photo('front.jpg', 2_400_000));
    const items = [...field.shadowRoot!.querySelectorAll('[part="file-list"] li')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      'front.jpg (2.4 MB) Remove front.jpg',
      'side.jpg (0.8 kB) Remove side.jpg',
      'back.png (1.2 kB) Remove back.png',
    ]);
    expect(new FormData(form).getAll('photo').map((file) => (file as File).name)).to.deep.equal([
      'front.jpg',
      'side.jpg',
      'back.png',
    ]);
    expect(field.value.map((file) => file.name)).to.deep.equal(['front.jpg', 'side.jpg', 'back.png']);
  });

  it('replaces the file when it takes only one', async () => {
    const {field} = await mount();
    field.multiple = false;
    await choose(field, photo('one.jpg', 10));
    await choose(field, photo('two.jpg', 10));
    expect(field.value.map((file) => file.name)).to.deep.equal(['two.jpg']);
  });

  it('removes a file, says so, and puts focus back on choosing', async () => {
    const {field} = await mount();
    await choose(field, photo('front.jpg', 100), photo('side.jpg', 100));
    const remove = field.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="file-list"] button')[0];
    remove.click();
    await settled(field);
    expect(field.value.map((file) => file.name)).to.deep.equal(['side.jpg']);
    expect(announced(field)).to.equal('front.jpg removed');
    expect(field.shadowRoot!.activeElement?.localName).to.equal('input');
  });

  it('refuses, with what to do, a file of the wrong kind, an empty file and one too big', async () => {
    const {form, field} = await mount();
    field.maxSize = 1_000_000;
    await choose(field, photo('notes.pdf', 100, 'application/pdf'));
    expect(form.checkValidity()).to.equal(false);
    expect(field.validationMessage).to.equal(
      'notes.pdf is not a kind of file this question takes. Remove it and choose another',
    );
    field.value = [photo('blank.jpg', 0)];
    await settled(field);
    expect(field.validationMessage).to.equal('blank.jpg is empty. Choose another file');
    field.value = [photo('huge.jpg', 3_000_000)];
    await settled(field);
    expect(field.validationMessage).to.equal('huge.jpg must be smaller than 1 MB');
    field.value = [photo('fine.jpg', 3_000)];
    await settled(field);
    expect(form.checkValidity()).to.equal(true);
  });

  it('speaks Welsh, with Welsh plurals', async () => {
    const {field} = await mount(html``, 'cy');
    await choose(field, photo('un.jpg', 10), photo('dau.jpg', 10));
    expect(announced(field)).to.equal('2 ffeil wedi’u dewis');
    expect(shadowText(field)).to.contain('Dileu');
    expect(formatFileSize(2_400_000, 'cy')).to.match(/^2\.4 ?MB$/);
  });
});

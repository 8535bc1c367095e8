import {expect} from '@open-wc/testing';
import {kindOfFile} from '../../../src/fields/media-upload/file-kind.js';
import {hashFile} from '../../../src/fields/media-upload/hash-file.js';

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(
    values.flatMap((value) => (typeof value === 'string' ? [...value].map((char) => char.charCodeAt(0)) : [value])),
  );

describe('what a file is, from its bytes', () => {
  it('names photos and video by their first bytes', async () => {
    const kind = async (start: Uint8Array<ArrayBuffer>, name: string) =>
      (await kindOfFile(new File([start, new Uint8Array(32)], name)))?.mediaType;
    expect(await kind(bytes(0xff, 0xd8, 0xff, 0xe0), 'a')).to.equal('image/jpeg');
    expect(await kind(bytes(0x89, 'PNG\r\n', 0x1a, '\n'), 'b')).to.equal('image/png');
    expect(await kind(bytes(0, 0, 0, 24, 'ftypheic'), 'c')).to.equal('image/heic');
    expect(await kind(bytes(0, 0, 0, 24, 'ftypisom'), 'd')).to.equal('video/mp4');
    expect(await kind(bytes(0, 0, 0, 20, 'ftypqt  '), 'e')).to.equal('video/quicktime');
  });

  it('refuses what its name says but its bytes do not', async () => {
    const text = new File(['This is not a photo at all.'], 'holiday.jpg', {type: 'image/jpeg'});
    expect(await kindOfFile(text)).to.equal(undefined);
  });
});

describe('the SHA-256 of a file, in a worker', () => {
  it('matches the browser’s own digest, across several slices, and reports progress', async () => {
    const content = new Uint8Array(9 * 1024 * 1024).map((_, index) => index % 251);
    // In nine pieces of 1 MB, as a file on disk streams: Firefox streams a Blob made from one array in one piece.
    const megabyte = 1024 * 1024;
    const pieces = Array.from({length: 9}, (_, index) => content.subarray(index * megabyte, (index + 1) * megabyte));
    const progress: number[] = [];
    const hex = await hashFile(new Blob(pieces), (hashed) => progress.push(hashed));
    const expected = [...new Uint8Array(await crypto.subtle.digest('SHA-256', content))]
      .map((byte) => byte.toString(16).padStart(2, '0'))
      .join('');
    expect(hex).to.equal(expected);
    // Told about every 4 MB as the pieces stream through, and once at the end.
    expect(progress).to.deep.equal([4, 8, 9].map((megabytes) => megabytes * megabyte));
  });
});

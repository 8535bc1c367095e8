import {expect} from '@open-wc/testing';
import {captureTime} from '../../../src/fields/media-upload/capture-time.js';

/** A JPEG whose Exif says it was taken at `taken` ("YYYY:MM:DD HH:MM:SS"), in big-endian TIFF. */
function jpegTakenAt(taken: string): File {
  const tiff = new DataView(new ArrayBuffer(64));
  tiff.setUint16(0, 0x4d4d); // "MM": big-endian
  tiff.setUint16(2, 42);
  tiff.setUint32(4, 8); // IFD0
  tiff.setUint16(8, 1);
  tiff.setUint16(10, 0x8769); // the Exif IFD's pointer
  tiff.setUint16(12, 4);
  tiff.setUint32(14, 1);
  tiff.setUint32(18, 26);
  tiff.setUint16(26, 1);
  tiff.setUint16(28, 0x9003); // DateTimeOriginal
  tiff.setUint16(30, 2);
  tiff.setUint32(32, 20);
  tiff.setUint32(36, 44);
  [...taken].forEach((char, index) => tiff.setUint8(44 + index, char.charCodeAt(0)));
  const app1 = new Uint8Array([0xff, 0xe1, 0, 72, 0x45, 0x78, 0x69, 0x66, 0, 0]);
  return new File([new Uint8Array([0xff, 0xd8]), app1, tiff.buffer, new Uint8Array(100)], 'photo.jpg', {
    lastModified: Date.UTC(2025, 0, 1),
  });
}

describe('when a photo was taken', () => {
  it('is read from its Exif DateTimeOriginal, as the device’s local time', async () => {
    expect(await captureTime(jpegTakenAt('2024:05:17 14:03:09'))).to.equal(
      new Date(2024, 4, 17, 14, 3, 9).toISOString(),
    );
  });

  it('falls back to when the file was last changed, without Exif or with a broken one', async () => {
    const plain = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0, 4, 0, 0])], 'a.jpg', {
      lastModified: Date.UTC(2025, 0, 1),
    });
    expect(await captureTime(plain)).to.equal('2025-01-01T00:00:00.000Z');
    expect(await captureTime(jpegTakenAt('not a date at all!!'))).to.equal('2025-01-01T00:00:00.000Z');
  });
});

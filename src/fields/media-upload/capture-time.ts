/**
 * When a photo was taken: EXIF's DateTimeOriginal where a JPEG carries it
 * (phones and cameras write it), else when the file was last changed on the
 * device. EXIF times have no zone: they are read as the device's local time.
 */
export async function captureTime(file: File): Promise<string> {
  const head = new DataView(await file.slice(0, 128 * 1024).arrayBuffer());
  const taken = exifDateTimeOriginal(head);
  return (taken ?? new Date(file.lastModified)).toISOString();
}

const EXIF_IFD_POINTER = 0x8769;
const DATE_TIME_ORIGINAL = 0x9003;

/** DateTimeOriginal from a JPEG's APP1 Exif segment, or nothing. */
function exifDateTimeOriginal(view: DataView): Date | undefined {
  if (view.byteLength < 4 || view.getUint16(0) !== 0xffd8) return undefined;
  let offset = 2;
  while (offset + 4 <= view.byteLength) {
    const marker = view.getUint16(offset);
    const length = view.getUint16(offset + 2);
    if (marker === 0xffe1 && offset + 10 <= view.byteLength && view.getUint32(offset + 4) === 0x45786966) {
      return fromTiff(view, offset + 10);
    }
    if ((marker & 0xff00) !== 0xff00 || marker === 0xffda) return undefined;
    offset += 2 + length;
  }
  return undefined;
}

/** Reads the TIFF structure inside the Exif segment, starting at `tiff`. */
function fromTiff(view: DataView, tiff: number): Date | undefined {
  try {
    const little = view.getUint16(tiff) === 0x4949;
    const entries = (ifd: number) => {
      const count = view.getUint16(ifd, little);
      return Array.from({length: count}, (_, index) => ifd + 2 + index * 12);
    };
    const ifd0 = tiff + view.getUint32(tiff + 4, little);
    const pointer = entries(ifd0).find((entry) => view.getUint16(entry, little) === EXIF_IFD_POINTER);
    if (pointer === undefined) return undefined;
    const exifIfd = tiff + view.getUint32(pointer + 8, little);
    const entry = entries(exifIfd).find((candidate) => view.getUint16(candidate, little) === DATE_TIME_ORIGINAL);
    if (entry === undefined) return undefined;
    const at = tiff + view.getUint32(entry + 8, little);
    const text = String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + at, 19));
    const match = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
    if (!match) return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
    return new Date(year, month - 1, day, hour, minute, second);
  } catch {
    // A broken Exif segment: fall back to the file's own time.
    return undefined;
  }
}

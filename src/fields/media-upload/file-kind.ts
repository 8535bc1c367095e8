import {HEIC, JPEG, MOV, MP4, PNG, type FileKind} from './file-kinds.js';

/*
 * What a file is, decided by its first bytes, never by its name or the type
 * the browser guesses from the name: a file called `photo.jpg` that is
 * something else is refused. Loaded with the first file.
 */

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

/** The kind of file these first bytes (at least 12) begin, or nothing when it is none we know. */
function kindOfBytes(bytes: Uint8Array): FileKind | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return JPEG;
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return PNG;
  // ISO base media files (MP4, MOV, HEIC): a box size, then "ftyp" and the brand.
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return HEIC;
    if (brand === 'qt  ') return MOV;
    return MP4;
  }
  // Older QuickTime files start with another top-level box.
  if (['moov', 'mdat', 'wide', 'free', 'skip'].includes(ascii(bytes, 4, 4))) return MOV;
  return undefined;
}

/** Reads a file's first bytes and names its kind. */
export async function kindOfFile(file: Blob): Promise<FileKind | undefined> {
  return kindOfBytes(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
}

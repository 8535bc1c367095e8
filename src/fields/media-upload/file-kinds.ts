/**
 * The kinds of file the upload can take. What a file is, is decided by its
 * first bytes (file-kind.ts), never by its name or the type the browser
 * guesses from the name.
 */
export interface FileKind {
  /** The media type sent with the file. */
  mediaType: string;
  /** How a person names it in a message ("JPG"), and how a page names it in `kinds`. */
  label: string;
}

export const JPEG: FileKind = {mediaType: 'image/jpeg', label: 'JPG'};
export const PNG: FileKind = {mediaType: 'image/png', label: 'PNG'};
export const HEIC: FileKind = {mediaType: 'image/heic', label: 'HEIC'};
export const MP4: FileKind = {mediaType: 'video/mp4', label: 'MP4'};
export const MOV: FileKind = {mediaType: 'video/quicktime', label: 'MOV'};

/** The kinds the upload takes by default: phone photos and video, dash-cam footage. */
export const DEFAULT_KINDS: ReadonlyArray<FileKind> = [JPEG, PNG, HEIC, MP4, MOV];

/**
 * The kinds a page asked for, by label, in any case and order
 * (`kinds="jpg png heic"` for photos only); all of them when it names none.
 * A label we do not know is reported in the console and left out.
 */
export function kindsNamed(labels: string): ReadonlyArray<FileKind> {
  const wanted = labels
    .toUpperCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const unknown = wanted.filter((label) => !DEFAULT_KINDS.some((kind) => kind.label === label));
  if (unknown.length)
    console.warn(
      `[soh-elements] <soh-media-upload>: kinds "${unknown.join(' ')}" unknown; it takes ${DEFAULT_KINDS.map((kind) => kind.label).join(' ')}.`,
    );
  const named = DEFAULT_KINDS.filter((kind) => wanted.includes(kind.label));
  return named.length ? named : DEFAULT_KINDS;
}

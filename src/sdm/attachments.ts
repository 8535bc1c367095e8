import type {Attachment} from '../contract/uploads.js';
import type {Resource, SdmBuilder} from './json-api.js';

// What an upload gives is part of the uploads' contract; named here too, where the SDM's users look for it.
export type {Attachment};

/**
 * An SDM `attachment` for each file, related to the submission as
 * `attachments`: its name, media type, and as its content the address it can
 * be fetched from (the SDM references media by link). The SDM's attachment has
 * nowhere for the size, the SHA-256, the capture time or the caption, so
 * {@link attachmentLines} writes them into `submissionContent`.
 */
export function addAttachments(
  builder: SdmBuilder,
  submission: Resource,
  attachments: ReadonlyArray<Attachment>,
): void {
  for (const {fileName, mediaType, url} of attachments)
    builder.relate(
      submission,
      'attachments',
      builder.add('attachment', {attachmentName: fileName, attachmentMimeType: mediaType, attachmentContent: url}),
    );
}

/** What the SDM's attachment cannot hold, one plain-text line per file, for `submissionContent`. */
export function attachmentLines(attachments: ReadonlyArray<Attachment>): string[] {
  if (attachments.length === 0) return [];
  return [
    '',
    'Files',
    ...attachments.map(
      ({fileName, mediaType, size, sha256, captureTime, caption, url}) =>
        `${fileName}: ${mediaType}, ${size} bytes, SHA-256 ${sha256}, taken or last changed ${captureTime}` +
        `${caption ? `, caption: ${caption}` : ''}, ${url}`,
    ),
  ];
}

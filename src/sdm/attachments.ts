import type {Resource, SdmBuilder} from './json-api.js';

/**
 * A file uploaded with a report, as the SDM references it: by link, never
 * embedded. `<soh-media-upload>` produces them; a files question's answer is a list of them.
 */
export interface Attachment {
  fileName: string;
  mediaType: string;
  size: number;
  /** The SHA-256 of the whole file (hex), which the endpoint checked. */
  sha256: string;
  url: string;
  /** When a photo was taken (EXIF), else when the file was last changed on the device. */
  captureTime: string;
  caption?: string;
}

/** An `attachment` entity for each file, related to the incident. */
export function addAttachments(
  builder: SdmBuilder,
  incident: Resource,
  attachments: ReadonlyArray<Attachment> | undefined,
): void {
  for (const attachment of attachments ?? [])
    builder.relate(incident, 'attachment', builder.add('attachment', {...attachment}));
}

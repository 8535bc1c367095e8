import type {Resource, SdmBuilder} from './json-api.js';

/** A file uploaded with a report, as the SDM references it: by link, never embedded. */
export interface AttachmentAnswer {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  url: string;
  captureTime: string;
  caption?: string;
}

/** An `attachment` entity for each file, related to the incident. */
export function addAttachments(
  builder: SdmBuilder,
  incident: Resource,
  attachments: ReadonlyArray<AttachmentAnswer> | undefined,
): void {
  for (const attachment of attachments ?? [])
    builder.relate(incident, 'attachment', builder.add('attachment', {...attachment}));
}

import * as z from 'zod/mini';
import {
  attachmentEntity,
  incidentEntity,
  emailEntity,
  isoDateTime,
  locationEntity,
  missingPersonEntity,
  personEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
} from '../../sdm/document-schema.js';

/** A missing person report as the endpoint receives it. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({
      dateFrom: isoDateTime,
      exactTimeKnown: z.boolean(),
      lastSeenBy: z.optional(z.string().check(z.maxLength(100))),
      placesMayGo: z.optional(z.string().check(z.maxLength(2000))),
      associates: z.optional(z.string().check(z.maxLength(2000))),
      missingBefore: z.boolean(),
      missingBeforeDetails: z.optional(z.string().check(z.maxLength(1000))),
      reporterRelationship: z.string().check(z.regex(/^RLTN_\d{4}$/)),
    }),
    z.object({
      location: related('location'),
      missingPerson: related('person'),
      reporter: related('person'),
      attachment: z.optional(related('attachment')),
      submission: related('submission'),
    }),
  ),
  [missingPersonEntity, personEntity, locationEntity, emailEntity, telephoneEntity, submissionEntity, attachmentEntity],
);

import * as z from 'zod/mini';
import {
  incidentEntity,
  emailEntity,
  isoDateTime,
  locationEntity,
  personEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
} from '../../sdm/document-schema.js';

/** Anti-social behaviour as the endpoint receives it. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({
      description: z.string().check(z.minLength(1), z.maxLength(2000)),
      dateFrom: isoDateTime,
      ongoing: z.boolean(),
      frequency: z.optional(z.enum(['daily', 'weekly', 'sometimes'])),
      impactOnVictim: z.string().check(z.minLength(1), z.maxLength(1000)),
      offenderDescription: z.optional(z.string().check(z.maxLength(1000))),
      contactRequested: z.boolean(),
    }),
    z.object({
      location: related('location'),
      reporter: z.optional(related('person')),
      submission: related('submission'),
    }),
  ),
  [personEntity, locationEntity, emailEntity, telephoneEntity, submissionEntity],
);

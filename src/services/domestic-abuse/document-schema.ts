import * as z from 'zod/mini';
import {
  incidentEntity,
  emailEntity,
  personEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
} from '../../sdm/document-schema.js';

/** Domestic abuse as the endpoint receives it. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({
      description: z.string().check(z.minLength(1), z.maxLength(2000)),
      offenderRelationship: z.enum(['partner', 'ex-partner', 'family', 'other']),
      offenderLivesWithVictim: z.boolean(),
      childrenInHousehold: z.boolean(),
    }),
    z.object({
      reporter: related('person'),
      victim: related('person'),
      submission: related('submission'),
    }),
  ),
  [personEntity, emailEntity, telephoneEntity, submissionEntity],
);

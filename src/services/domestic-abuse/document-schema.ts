import * as z from 'zod/mini';
import {
  emailEntity,
  personEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
  uuid,
} from '../../sdm/document-schema.js';

/** Domestic abuse as the endpoint receives it. */
export const documentSchema = sdmDocument(
  z.object({
    type: z.literal('incident'),
    id: uuid,
    attributes: z.object({
      description: z.string().check(z.minLength(1), z.maxLength(2000)),
      offenderRelationship: z.enum(['partner', 'ex-partner', 'family', 'other']),
      offenderLivesWithVictim: z.boolean(),
      childrenInHousehold: z.boolean(),
    }),
    relationships: z.object({
      reporter: related('person'),
      victim: related('person'),
      submission: related('submission'),
    }),
  }),
  [personEntity, emailEntity, telephoneEntity, submissionEntity],
);

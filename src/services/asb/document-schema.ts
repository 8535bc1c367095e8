import * as z from 'zod/mini';
import {
  emailEntity,
  incidentEntity,
  incidentTimeAttributes,
  locationEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
  text,
} from '../../sdm/document-schema.js';
import {personWith, suspectKnownAttribute} from '../shared/sdm-entities.js';

/** Anti-social behaviour as the endpoint receives it. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({
      incidentDescription: text(4000),
      ...incidentTimeAttributes,
      incidentStillHappening: z.boolean(),
    }),
    z.object({
      incidentLocation: related('location'),
      knownSuspect: z.optional(related('person')),
      unknownSuspect: z.optional(related('person')),
      personReporting: z.optional(related('person')),
      submission: related('submission'),
    }),
  ),
  [personWith(suspectKnownAttribute), locationEntity, emailEntity, telephoneEntity, submissionEntity],
);

import * as z from 'zod/mini';
import {
  emailEntity,
  incidentEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
  text,
} from '../../sdm/document-schema.js';
import {personWith, suspectKnownAttribute} from '../shared/sdm-entities.js';

/** Domestic abuse as the endpoint receives it. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({incidentDescription: text(4000)}),
    z.object({
      personReporting: related('person'),
      victim: related('person'),
      knownSuspect: related('person'),
      submission: related('submission'),
    }),
  ),
  [personWith(suspectKnownAttribute), emailEntity, telephoneEntity, submissionEntity],
);

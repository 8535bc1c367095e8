import * as z from 'zod/mini';
import {
  attachmentEntity,
  emailEntity,
  incidentEntity,
  incidentTimeAttributes,
  locationEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
} from '../../sdm/document-schema.js';
import {personWith} from '../shared/sdm-entities.js';

/** People: the person reporting, and the missing person, with their age and whether they may harm themselves. */
const person = personWith({
  age: z.optional(z.number().check(z.gte(0), z.lte(200))),
  riskOfSelfHarm: z.optional(z.boolean()),
});

/** A missing person report as the endpoint receives it: the missing person is related to the person reporting. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object(incidentTimeAttributes),
    z.object({
      incidentLocation: related('location'),
      personReporting: related('person'),
      submission: related('submission'),
    }),
  ),
  [person, locationEntity, emailEntity, telephoneEntity, submissionEntity, attachmentEntity],
);

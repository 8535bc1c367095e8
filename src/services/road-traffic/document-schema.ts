import * as z from 'zod/mini';
import {
  attachmentEntity,
  emailEntity,
  evidenceEntity,
  incidentEntity,
  incidentTimeAttributes,
  locationEntity,
  personEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
  vehicleEntity,
} from '../../sdm/document-schema.js';

/** A road traffic collision as the endpoint receives it. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object(incidentTimeAttributes),
    z.object({
      incidentLocation: related('location'),
      personReporting: related('person'),
      damaged: z.optional(related('vehicle')),
      incidentEvidence: related('evidence'),
      submission: related('submission'),
    }),
  ),
  [
    personEntity,
    locationEntity,
    emailEntity,
    telephoneEntity,
    vehicleEntity,
    evidenceEntity,
    submissionEntity,
    attachmentEntity,
  ],
);

import * as z from 'zod/mini';
import {
  attachmentEntity,
  emailEntity,
  incidentEntity,
  incidentTimeAttributes,
  locationEntity,
  personEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
} from '../../sdm/document-schema.js';

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
  [personEntity, locationEntity, emailEntity, telephoneEntity, submissionEntity, attachmentEntity],
);

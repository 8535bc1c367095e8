import * as z from 'zod/mini';
import {
  emailEntity,
  incidentEntity,
  locationEntity,
  personEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
} from '../../sdm/document-schema.js';

/**
 * A firearm or shotgun certificate application as the endpoint receives it: the applicant, related to their two
 * referees; what is applied for is in the submission's `submissionContent` (the SDM has no attributes for it).
 */
export const documentSchema = sdmDocument(
  incidentEntity(z.object({}), z.object({personReporting: related('person'), submission: related('submission')})),
  [personEntity, locationEntity, emailEntity, telephoneEntity, submissionEntity],
);

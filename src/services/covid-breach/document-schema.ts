import * as z from 'zod/mini';
import {
  incidentEntity,
  isoDateTime,
  locationEntity,
  related,
  sdmDocument,
  submissionEntity,
} from '../../sdm/document-schema.js';

/** A COVID-19 breach as the endpoint receives it. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({description: z.string().check(z.minLength(1), z.maxLength(1000)), dateFrom: isoDateTime}),
    z.object({location: related('location'), submission: related('submission')}),
  ),
  [locationEntity, submissionEntity],
);

import * as z from 'zod/mini';
import {entity, incidentEntity, related, sdmDocument, submissionEntity} from '../../sdm/document-schema.js';

/** A COVID-19 breach as the endpoint receives it, in the published SDM's names. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({
      incidentDescription: z.string().check(z.minLength(1), z.maxLength(4000)),
      incidentApproximateDate: z.iso.date(),
      incidentExactTimeKnown: z.boolean(),
    }),
    z.object({incidentLocation: related('location'), submission: related('submission')}),
  ),
  [
    entity('location', z.object({locationDetails: z.string().check(z.minLength(1), z.maxLength(4000))})),
    submissionEntity,
  ],
);

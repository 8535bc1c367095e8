import * as z from 'zod/mini';
import {isoDateTime, locationEntity, related, sdmDocument, submissionEntity, uuid} from '../../sdm/document-schema.js';

/** A COVID-19 breach as the endpoint receives it. */
export const documentSchema = sdmDocument(
  z.object({
    type: z.literal('incident'),
    id: uuid,
    attributes: z.object({description: z.string().check(z.minLength(1), z.maxLength(1000)), dateFrom: isoDateTime}),
    relationships: z.object({location: related('location'), submission: related('submission')}),
  }),
  [locationEntity, submissionEntity],
);

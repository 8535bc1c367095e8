import * as z from 'zod/mini';
import {
  attachmentEntity,
  incidentEntity,
  emailEntity,
  isoDateTime,
  locationEntity,
  personEntity,
  related,
  roadVehicleEntity,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
} from '../../sdm/document-schema.js';

/** A road traffic collision as the endpoint receives it. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({
      dateFrom: isoDateTime,
      injuries: z.boolean(),
      injuryDescription: z.optional(z.string().check(z.maxLength(1000))),
      damageDescription: z.optional(z.string().check(z.maxLength(1000))),
      footageAvailable: z.boolean(),
      insurer: z.optional(z.string().check(z.maxLength(100))),
      insurancePolicyNumber: z.optional(z.string().check(z.maxLength(50))),
    }),
    z.object({
      location: related('location'),
      reporter: related('person'),
      vehicle: z.optional(related('vehicle')),
      attachment: z.optional(related('attachment')),
      submission: related('submission'),
    }),
  ),
  [personEntity, locationEntity, emailEntity, telephoneEntity, roadVehicleEntity, submissionEntity, attachmentEntity],
);

import * as z from 'zod/mini';
import {
  incidentEntity,
  emailEntity,
  isoDateTime,
  locationEntity,
  personEntity,
  propertyEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
  vehicleEntity,
} from '../../sdm/document-schema.js';

/**
 * The crime report as the endpoint receives it: the schema of its SDM
 * document. (Each service's document-schema.ts exports `documentSchema`; the
 * sandbox and the JSON Schema build find them by that name.)
 */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({
      description: z.string().check(z.minLength(1), z.maxLength(2000)),
      dateFrom: isoDateTime,
      dateTo: isoDateTime,
      exactTimeKnown: z.boolean(),
      onPublicTransport: z.boolean(),
      weaponInvolved: z.boolean(),
      physicallyAssaulted: z.boolean(),
      threatenedOrAbused: z.boolean(),
      targetedByOffender: z.boolean(),
      hateCrime: z.boolean(),
      alreadyReported: z.boolean(),
      alreadyReportedReference: z.optional(z.string().check(z.maxLength(50))),
    }),
    z.object({
      reporter: related('person'),
      victim: z.optional(related('person')),
      witness: z.optional(related('person')),
      suspect: z.optional(related('person')),
      stolenProperty: z.optional(related('property')),
      damagedProperty: z.optional(related('property')),
      vehicle: z.optional(related('vehicle')),
      location: related('location'),
      submission: related('submission'),
    }),
  ),
  [personEntity, locationEntity, emailEntity, telephoneEntity, propertyEntity, vehicleEntity, submissionEntity],
);

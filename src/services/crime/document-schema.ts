import * as z from 'zod/mini';
import {
  emailEntity,
  incidentEntity,
  incidentTimeAttributes,
  locationEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
  text,
  vehicleEntity,
} from '../../sdm/document-schema.js';
import {
  categorisedPropertyEntity,
  personWith,
  sdmCode,
  suspectKnownAttribute,
  weaponEntity,
} from '../shared/sdm-entities.js';

/** People: the person reporting (with the kinds of disability they told us of), suspects, witnesses. */
const crimePerson = personWith({
  ...suspectKnownAttribute,
  disabilityCategory: z.optional(z.array(sdmCode('DCRY'))),
});

/**
 * The crime report as the endpoint receives it: the schema of its SDM
 * document. What it requires is what a force needs to act on any sender's
 * crime report (what happened, when, who reports it, where); the rest is what
 * this library's form also sends. (Each service's document-schema.ts exports
 * `documentSchema`; the sandbox and the JSON Schema build find them by that name.)
 */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({
      incidentDescription: text(4000),
      ...incidentTimeAttributes,
      incidentInvolvement: z.optional(z.string().check(z.regex(/^IVLD_\w+$/))),
      incidentOnPublicTransport: z.optional(z.boolean()),
      publicTransportType: z.optional(sdmCode('PTTP')),
      hadWeapon: z.optional(z.boolean()),
      physicallyAssaulted: z.optional(z.boolean()),
      subjectedToThreatAbuseOrAssault: z.optional(z.boolean()),
      targetedByOffender: z.optional(z.boolean()),
      subjectedToHateCrime: z.optional(z.boolean()),
      incidentAnyWitnesses: z.optional(z.boolean()),
      incidentReportedAlready: z.optional(z.boolean()),
      incidentReportedAlreadyReference: z.optional(text(50)),
    }),
    z.object({
      personReporting: related('person'),
      victim: z.optional(related('person')),
      witness: z.optional(related('person')),
      knownSuspect: z.optional(related('person')),
      unknownSuspect: z.optional(related('person')),
      stolen: z.optional(related('property', 'vehicle')),
      weaponUsed: z.optional(related('weapon')),
      damaged: z.optional(related('vehicle')),
      incidentLocation: related('location'),
      submission: related('submission'),
    }),
  ),
  [
    crimePerson,
    locationEntity,
    emailEntity,
    telephoneEntity,
    categorisedPropertyEntity,
    vehicleEntity,
    weaponEntity,
    submissionEntity,
  ],
);

import * as z from 'zod/mini';
import {
  incidentEntity,
  emailEntity,
  entity,
  locationEntity,
  related,
  sdmDocument,
  submissionEntity,
  telephoneEntity,
} from '../../sdm/document-schema.js';

const name = z.string().check(z.minLength(1), z.maxLength(35));

/** The applicant, or a referee: a person with what a certificate application needs to know. */
const applicationPersonEntity = entity(
  'person',
  z.object({
    givenNames: z.array(name).check(z.minLength(1)),
    surname: z.optional(name),
    dateOfBirth: z.optional(z.iso.date()),
    dateOfBirthKnown: z.optional(z.boolean()),
    placeOfBirth: z.optional(z.string().check(z.maxLength(100))),
    occupation: z.string().check(z.minLength(1), z.maxLength(100)),
    yearsKnown: z.optional(z.string().check(z.maxLength(20))),
    contactPreference: z.optional(z.string().check(z.regex(/^CPNC_\d{4}$/))),
  }),
  z.object({
    currentAddress: related('location'),
    previousAddress: z.optional(related('location')),
    email: z.optional(related('email')),
    telephone: z.optional(related('telephone')),
  }),
);

/** An address the applicant lived at, and when. */
const residenceEntity = entity(
  'location',
  z.object({
    addressLine1: z.string().check(z.minLength(1)),
    postcode: z.string().check(z.minLength(5)),
    livedFrom: z.iso.date(),
    livedTo: z.optional(z.iso.date()),
  }),
);

/** A firearm or shotgun certificate application as the endpoint receives it. */
export const documentSchema = sdmDocument(
  incidentEntity(
    z.object({
      applicationType: z.enum(['grant', 'renewal', 'variation']),
      certificateType: z.enum(['firearm', 'shotgun', 'both']),
      certificateNumber: z.optional(z.string().check(z.maxLength(30))),
      variationDetails: z.optional(z.string().check(z.maxLength(2000))),
      medicalConditions: z.boolean(),
      medicalDetails: z.optional(z.string().check(z.maxLength(2000))),
      gpContactAgreed: z.literal(true),
      convictions: z.boolean(),
      convictionDetails: z.optional(z.string().check(z.maxLength(2000))),
      declarationAgreed: z.literal(true),
    }),
    z.object({
      applicant: related('person'),
      gpPractice: related('location'),
      referee: z.object({data: z.array(z.object({type: z.literal('person'), id: z.string()})).check(z.length(2))}),
      submission: related('submission'),
    }),
  ),
  [applicationPersonEntity, residenceEntity, locationEntity, emailEntity, telephoneEntity, submissionEntity],
);

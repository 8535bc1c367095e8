import * as z from 'zod/mini';
import {addressAnswer} from '../shared/address-answer.js';
import {
  disabilityCategory,
  gender,
  involvement,
  publicTransportType,
  selfDefinedEthnicity,
  stolenItemType,
  suspectKnown,
  weaponType,
} from '../../sdm/code-lists.js';
import {contactPreferenceAnswer} from '../shared/contact-preference-answer.js';

const code = <List extends Record<string, {code: string}>>(list: List) =>
  z.enum(Object.values(list).map((entry) => entry.code) as [string, ...string[]]);
const yesNo = z.enum(['yes', 'no']);

/**
 * The answers of a finished crime report: checked once more before they are
 * turned into an SDM document, and the source of the service's JSON Schema.
 */
export const crimeAnswers = z.object({
  involvement: code(involvement),
  description: z.string().check(z.minLength(1), z.maxLength(2000)),
  date: z.iso.date(),
  time: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
  location: z.string().check(z.minLength(1), z.maxLength(500)),
  publicTransport: yesNo,
  publicTransportType: z.optional(code(publicTransportType)),
  weapon: yesNo,
  weaponType: z.optional(z.enum([...Object.values(weaponType).map((entry) => entry.code), 'other'])),
  weaponDetails: z.optional(z.string().check(z.maxLength(1000))),
  assaulted: yesNo,
  threatened: yesNo,
  targeted: yesNo,
  hate: yesNo,
  'property.any': yesNo,
  property: z.optional(
    z.array(
      z.object({
        category: code(stolenItemType),
        what: z.string().check(z.minLength(1), z.maxLength(200)),
        how: z.enum(['stolen', 'damaged']),
        value: z.optional(z.string().check(z.maxLength(20))),
        serial: z.optional(z.string().check(z.maxLength(100))),
      }),
    ),
  ),
  'vehicles.any': yesNo,
  vehicles: z.optional(
    z.array(
      z.object({
        registration: z.optional(z.string().check(z.maxLength(10))),
        make: z.string().check(z.minLength(1), z.maxLength(50)),
        model: z.optional(z.string().check(z.maxLength(50))),
        colour: z.optional(z.string().check(z.maxLength(30))),
        how: z.enum(['stolen', 'damaged', 'other']),
      }),
    ),
  ),
  alreadyReported: yesNo,
  previousReference: z.optional(z.string().check(z.maxLength(50))),
  'suspects.any': yesNo,
  suspects: z.optional(
    z.array(
      z.object({
        known: z.enum([suspectKnown.known.code, suspectKnown.canDescribe.code]),
        name: z.optional(z.string().check(z.maxLength(70))),
        description: z.string().check(z.minLength(1), z.maxLength(2000)),
      }),
    ),
  ),
  'witnesses.any': yesNo,
  witnesses: z.optional(
    z.array(z.object({name: z.string().check(z.minLength(1), z.maxLength(70)), telephone: z.optional(z.string())})),
  ),
  givenName: z.string().check(z.minLength(1), z.maxLength(35)),
  familyName: z.string().check(z.minLength(1), z.maxLength(35)),
  dateOfBirth: z.optional(z.iso.date()),
  homeAddress: addressAnswer,
  contactPreference: contactPreferenceAnswer({post: true}),
  email: z.optional(z.email()),
  telephone: z.optional(z.string()),
  gender: z.optional(code(gender)),
  ethnicity: z.optional(code(selfDefinedEthnicity)),
  disability: z.optional(yesNo),
  disabilityCategory: z.optional(z.array(code(disabilityCategory))),
  communicationNeeds: z.optional(z.string().check(z.maxLength(500))),
});

export type CrimeAnswers = z.infer<typeof crimeAnswers>;

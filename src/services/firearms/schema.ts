import * as z from 'zod/mini';
import {contactPreferenceAnswer} from '../shared/contact-preference-answer.js';
import {addressAnswer} from '../shared/address-answer.js';

const yesNo = z.enum(['yes', 'no']);
const agreed = z.tuple([z.literal('agreed')]);
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** The answers of a finished firearm or shotgun certificate application. */
export const firearmsAnswers = z.object({
  applicationType: z.enum(['grant', 'renewal', 'variation']),
  certificateType: z.enum(['firearm', 'shotgun', 'both']),
  certificateNumber: z.optional(text(30)),
  variationDetails: z.optional(text(2000)),
  givenName: text(35),
  familyName: text(35),
  dateOfBirth: z.iso.date(),
  placeOfBirth: text(100),
  occupation: text(100),
  homeAddress: addressAnswer,
  movedIn: z.iso.date(),
  'previousAddresses.any': yesNo,
  previousAddresses: z.optional(z.array(z.object({address: addressAnswer, from: z.iso.date(), to: z.iso.date()}))),
  contactPreference: contactPreferenceAnswer({post: false}),
  email: z.optional(z.email()),
  telephone: z.optional(z.string()),
  medicalConditions: yesNo,
  medicalDetails: z.optional(text(2000)),
  medicalConsent: agreed,
  gpPractice: text(100),
  gpAddress: addressAnswer,
  referee1Name: text(70),
  referee1Address: addressAnswer,
  referee1Telephone: text(30),
  referee1Occupation: text(100),
  referee1YearsKnown: text(20),
  referee2Name: text(70),
  referee2Address: addressAnswer,
  referee2Telephone: text(30),
  referee2Occupation: text(100),
  referee2YearsKnown: text(20),
  convictions: yesNo,
  convictionDetails: z.optional(text(2000)),
  declaration: agreed,
});

export type FirearmsAnswers = z.infer<typeof firearmsAnswers>;

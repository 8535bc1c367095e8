import * as z from 'zod/mini';
import {attachmentsAnswer} from '../shared/attachment-answer.js';
import {contactPreferenceAnswer} from '../shared/contact-preference-answer.js';
import {howYouKnowThem, type HowYouKnowThem} from './how-you-know-them.js';

const yesNo = z.enum(['yes', 'no']);
const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));
/** The answers of a finished missing person report. */
export const missingPersonAnswers = z.object({
  missingGivenName: z.string().check(z.minLength(1), z.maxLength(35)),
  missingFamilyName: z.string().check(z.minLength(1), z.maxLength(35)),
  missingKnownAs: optionalText(100),
  missingDateOfBirth: z.optional(z.iso.date()),
  missingAge: optionalText(20),
  relationship: z.enum(Object.keys(howYouKnowThem) as [HowYouKnowThem, ...HowYouKnowThem[]]),
  missingDescription: z.string().check(z.minLength(1), z.maxLength(2000)),
  missingClothing: optionalText(1000),
  photo: attachmentsAnswer,
  lastSeenDate: z.iso.date(),
  lastSeenTime: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
  lastSeenLocation: z.string().check(z.minLength(1), z.maxLength(500)),
  lastSeenBy: optionalText(100),
  places: optionalText(2000),
  people: optionalText(2000),
  healthNeeds: yesNo,
  healthDetails: optionalText(1000),
  selfHarm: z.enum(['yes', 'no', 'unknown']),
  money: z.enum(['yes', 'no', 'unknown']),
  missingTelephone: z.optional(z.string()),
  onlineAccounts: optionalText(1000),
  missingBefore: yesNo,
  missingBeforeDetails: optionalText(1000),
  givenName: z.string().check(z.minLength(1), z.maxLength(35)),
  familyName: z.string().check(z.minLength(1), z.maxLength(35)),
  contactPreference: contactPreferenceAnswer({post: false}),
  email: z.optional(z.email()),
  telephone: z.optional(z.string()),
});

export type MissingPersonAnswers = z.infer<typeof missingPersonAnswers>;

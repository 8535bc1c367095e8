import * as z from 'zod/mini';
import {contactPreferenceAnswer} from '../shared/contact-preference-answer.js';
import {suspectKnown} from '../../sdm/code-lists.js';

const yesNo = z.enum(['yes', 'no']);

/** The answers of a finished anti-social behaviour report. */
export const asbAnswers = z.object({
  description: z.string().check(z.minLength(1), z.maxLength(2000)),
  location: z.string().check(z.minLength(1), z.maxLength(500)),
  date: z.iso.date(),
  ongoing: yesNo,
  frequency: z.optional(z.enum(['daily', 'weekly', 'sometimes'])),
  whoKnown: z.optional(z.enum(Object.values(suspectKnown).map((entry) => entry.code) as [string, ...string[]])),
  who: z.optional(z.string().check(z.maxLength(1000))),
  impact: z.string().check(z.minLength(1), z.maxLength(1000)),
  wantsContact: yesNo,
  givenName: z.optional(z.string().check(z.minLength(1), z.maxLength(35))),
  familyName: z.optional(z.string().check(z.minLength(1), z.maxLength(35))),
  contactPreference: z.optional(contactPreferenceAnswer({post: false})),
  email: z.optional(z.email()),
  telephone: z.optional(z.string()),
});

export type AsbAnswers = z.infer<typeof asbAnswers>;

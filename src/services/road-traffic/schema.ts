import * as z from 'zod/mini';
import {attachmentsAnswer} from '../shared/attachment-answer.js';
import {contactPreferenceAnswer} from '../shared/contact-preference-answer.js';

const yesNo = z.enum(['yes', 'no']);
const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));

/** The answers of a finished road traffic collision report. */
export const roadTrafficAnswers = z.object({
  date: z.iso.date(),
  time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  location: z.string().check(z.minLength(1), z.maxLength(500)),
  'vehicles.any': yesNo,
  vehicles: z.optional(
    z.array(
      z.object({
        registration: z.string().check(z.minLength(1), z.maxLength(10)),
        make: optionalText(50),
        model: optionalText(50),
        colour: optionalText(30),
        damaged: yesNo,
        driver: optionalText(70),
        owner: optionalText(70),
      }),
    ),
  ),
  injuries: yesNo,
  injuryDetails: optionalText(1000),
  damage: optionalText(1000),
  insurer: optionalText(100),
  policyNumber: optionalText(50),
  dashcam: yesNo,
  footage: attachmentsAnswer,
  givenName: z.string().check(z.minLength(1), z.maxLength(35)),
  familyName: z.string().check(z.minLength(1), z.maxLength(35)),
  contactPreference: contactPreferenceAnswer({post: false}),
  email: z.optional(z.email()),
  telephone: z.optional(z.string()),
});

export type RoadTrafficAnswers = z.infer<typeof roadTrafficAnswers>;

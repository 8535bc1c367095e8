import * as z from 'zod/mini';

const yesNo = z.enum(['yes', 'no']);

/** The answers of a finished domestic-abuse report. */
export const domesticAbuseAnswers = z.object({
  description: z.string().check(z.minLength(1), z.maxLength(2000)),
  relationship: z.enum(['partner', 'ex-partner', 'family', 'other']),
  livesWithYou: yesNo,
  children: yesNo,
  name: z.string().check(z.minLength(1), z.maxLength(70)),
  contactMethods: z.array(z.enum(['phone', 'text', 'email', 'online'])).check(z.minLength(1)),
  telephone: z.optional(z.string()),
  email: z.optional(z.email()),
  safeTimes: z.array(z.enum(['morning', 'afternoon', 'evening'])).check(z.minLength(1)),
  messageOk: z.optional(yesNo),
});

export type DomesticAbuseAnswers = z.infer<typeof domesticAbuseAnswers>;

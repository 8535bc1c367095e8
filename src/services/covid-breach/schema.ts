import * as z from 'zod/mini';

/** The answers of a finished COVID-19 breach report. */
export const covidBreachAnswers = z.object({
  location: z.string().check(z.minLength(1), z.maxLength(500)),
  date: z.iso.date(),
  description: z.string().check(z.minLength(1), z.maxLength(1000)),
});

export type CovidBreachAnswers = z.infer<typeof covidBreachAnswers>;

import * as z from 'zod/mini';

/** The answer to an address question, as `<soh-address>` gives it. */
export const addressAnswer = z.object({
  line1: z.string().check(z.minLength(1)),
  line2: z.optional(z.string()),
  town: z.string().check(z.minLength(1)),
  county: z.optional(z.string()),
  postcode: z.string().check(z.minLength(5)),
  uprn: z.optional(z.string()),
});

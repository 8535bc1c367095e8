import * as z from 'zod/mini';

/** A file `<soh-media-upload>` uploaded: where it is, and its SHA-256, which the endpoint checked. */
const attachment = z.object({
  fileName: z.string().check(z.minLength(1), z.maxLength(255)),
  mediaType: z.string().check(z.minLength(1)),
  size: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  url: z.url(),
  captureTime: z.iso.datetime({offset: true}),
  caption: z.optional(z.string().check(z.maxLength(500))),
});

/** The answer to a files question: each file `<soh-media-upload>` uploaded. */
export const attachmentsAnswer = z.optional(z.array(attachment));

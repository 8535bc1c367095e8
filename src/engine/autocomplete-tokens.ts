/**
 * What a text box in a definition may ask the browser to fill in that is the person's own: their name, contact
 * details, address and date of birth. In a report that may be anonymous, such a question is asked only on a page
 * marked `personal` (see definition-checks.ts); the format allows these and a few more (definition-schema.ts).
 */
export const PERSONAL_AUTOCOMPLETE = [
  'name',
  'given-name',
  'additional-name',
  'family-name',
  'nickname',
  'email',
  'tel',
  'street-address',
  'address-line1',
  'address-line2',
  'address-level2',
  'address-level1',
  'postal-code',
] as const;

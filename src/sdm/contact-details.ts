import type {Resource, SdmBuilder} from './json-api.js';
import {givenAndFamilyName} from './person-name.js';
import {withinLimit} from './within-limit.js';

/** The answers of the shared name and contact pages (src/services/shared/person-pages.ts). */
export interface ContactAnswers {
  givenName: string;
  familyName: string;
  contactPreference: string;
  email?: string;
  telephone?: string;
}

/**
 * A telephone number as the SDM's `telephone` entity holds it. The number goes
 * in `telephoneNumberFull`, a string: the profile types `telephoneNumber` as a
 * number between 1 and 35 (its length limits read as a range), which cannot
 * hold "07700 900123" without losing the leading zero.
 */
export function addTelephone(builder: SdmBuilder, person: Resource, telephone: string | undefined): void {
  if (telephone)
    builder.relate(person, 'personalTelephone', builder.add('telephone', {telephoneNumberFull: telephone}));
}

/** Relates a person's own email address and telephone number to them, where given. */
export function addContactDetails(
  builder: SdmBuilder,
  person: Resource,
  {email, telephone}: {email?: string; telephone?: string},
): void {
  const emailAddress = withinLimit(email, 120);
  if (emailAddress) builder.relate(person, 'personalEmail', builder.add('email', {emailAddress}));
  addTelephone(builder, person, telephone);
}

/** The person reporting, from the shared name and contact pages: the `person`, with how to reach them. */
export function addReporter(
  builder: SdmBuilder,
  answers: ContactAnswers,
  more: Record<string, unknown> = {},
): Resource {
  const person = builder.add('person', {
    ...givenAndFamilyName(answers.givenName, answers.familyName),
    contactPreference: [answers.contactPreference],
    ...more,
  });
  addContactDetails(builder, person, answers);
  return person;
}

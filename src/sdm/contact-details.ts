import type {Resource, SdmBuilder} from './json-api.js';

/** The answers of the shared name and contact pages (src/services/shared/person-pages.ts). */
export interface ContactAnswers {
  givenName: string;
  familyName: string;
  contactPreference: string;
  email?: string;
  telephone?: string;
}

/** Relates a person's email address and telephone number to them, where given. */
export function addContactDetails(
  builder: SdmBuilder,
  person: Resource,
  {email, telephone}: {email?: string; telephone?: string},
): void {
  if (email) builder.relate(person, 'email', builder.add('email', {emailAddress: email}));
  if (telephone) builder.relate(person, 'telephone', builder.add('telephone', {telephoneNumber: telephone}));
}

/** The person reporting, from the shared name and contact pages: the `person`, with how to reach them. */
export function addReporter(builder: SdmBuilder, answers: ContactAnswers): Resource {
  const person = builder.add('person', {
    givenNames: [answers.givenName],
    surname: answers.familyName,
    contactPreference: answers.contactPreference,
  });
  addContactDetails(builder, person, answers);
  return person;
}

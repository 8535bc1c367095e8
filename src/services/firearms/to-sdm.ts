import {addressLocation} from '../../sdm/address-location.js';
import {addContactDetails, addTelephone} from '../../sdm/contact-details.js';
import {SdmBuilder, type Resource, type SdmDocument} from '../../sdm/json-api.js';
import {givenAndFamilyName, personName} from '../../sdm/person-name.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import {withinLimit} from '../../sdm/within-limit.js';
import type {FirearmsAnswers} from './schema.js';

/**
 * A firearm or shotgun certificate application in the SDM's names. The SDM
 * models reports of incidents, not applications: the incident carries no
 * attribute of its own, and what is applied for, the certificate number, the
 * place of birth (the SDM takes a country code, the form asks a town), the
 * earlier addresses (the SDM has no relationship for a past address), the
 * medical and conviction declarations and how long each referee has known the
 * applicant are in `submissionContent`. The applicant is `personReporting`,
 * with their home (`currentAddress`) and GP practice (`registeredGpAddress`);
 * each referee is related to the applicant as an
 * `acquaintanceOrOtherKnownRelationship`, with their address and telephone.
 */
export function firearmsToSdm(answers: FirearmsAnswers, context: SubmissionContext, newId?: () => string): SdmDocument {
  const builder = new SdmBuilder(newId);
  const application = builder.incident({});

  const applicant = builder.add('person', {
    ...givenAndFamilyName(answers.givenName, answers.familyName),
    dateOfBirth: answers.dateOfBirth,
    dateOfBirthKnown: true,
    occupation: answers.occupation,
    contactPreference: [answers.contactPreference],
  });
  builder.relate(applicant, 'currentAddress', builder.add('location', addressLocation(answers.homeAddress)));
  addContactDetails(builder, applicant, answers);
  builder.relate(
    applicant,
    'registeredGpAddress',
    builder.add('location', {
      organisationName: withinLimit(answers.gpPractice, 60),
      ...addressLocation(answers.gpAddress),
    }),
  );
  for (const number of [1, 2] as const)
    builder.relate(applicant, 'acquaintanceOrOtherKnownRelationship', referee(builder, answers, number));
  builder.relate(application, 'personReporting', applicant);

  addSubmission(builder, application, 'FAL', context);
  return builder.document(application);
}

function referee(builder: SdmBuilder, answers: FirearmsAnswers, number: 1 | 2): Resource {
  const prefix = `referee${number}` as const;
  const person = builder.add('person', {
    ...personName(answers[`${prefix}Name`]),
    occupation: answers[`${prefix}Occupation`],
  });
  builder.relate(person, 'currentAddress', builder.add('location', addressLocation(answers[`${prefix}Address`])));
  addTelephone(builder, person, answers[`${prefix}Telephone`]);
  return person;
}

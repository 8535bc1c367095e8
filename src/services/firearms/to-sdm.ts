import {addressLocation} from '../../sdm/address-location.js';
import {addContactDetails} from '../../sdm/contact-details.js';
import {SdmBuilder, type Resource, type SdmDocument} from '../../sdm/json-api.js';
import {personName} from '../../sdm/person-name.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import type {FirearmsAnswers} from './schema.js';

/**
 * A firearm or shotgun certificate application: what is applied for, the
 * medical and conviction declarations, the applicant with every address of
 * the last five years, the GP practice, and the two referees.
 */
export function firearmsToSdm(answers: FirearmsAnswers, context: SubmissionContext, newId?: () => string): SdmDocument {
  const builder = new SdmBuilder(newId);
  const application = builder.incident({
    applicationType: answers.applicationType,
    certificateType: answers.certificateType,
    certificateNumber: answers.certificateNumber,
    variationDetails: answers.variationDetails,
    medicalConditions: answers.medicalConditions === 'yes',
    medicalDetails: answers.medicalDetails,
    gpContactAgreed: true,
    convictions: answers.convictions === 'yes',
    convictionDetails: answers.convictionDetails,
    declarationAgreed: true,
  });

  const applicant = builder.add('person', {
    givenNames: [answers.givenName],
    surname: answers.familyName,
    dateOfBirth: answers.dateOfBirth,
    dateOfBirthKnown: true,
    placeOfBirth: answers.placeOfBirth,
    occupation: answers.occupation,
    contactPreference: answers.contactPreference,
  });
  builder.relate(
    applicant,
    'currentAddress',
    builder.add('location', {...addressLocation(answers.homeAddress), livedFrom: answers.movedIn}),
  );
  for (const {address, from, to} of answers.previousAddresses ?? [])
    builder.relate(
      applicant,
      'previousAddress',
      builder.add('location', {...addressLocation(address), livedFrom: from, livedTo: to}),
    );
  addContactDetails(builder, applicant, answers);
  builder.relate(application, 'applicant', applicant);

  builder.relate(
    application,
    'gpPractice',
    builder.add('location', {description: answers.gpPractice, ...addressLocation(answers.gpAddress)}),
  );
  for (const number of [1, 2] as const) builder.relate(application, 'referee', referee(builder, answers, number));

  addSubmission(builder, application, 'FAL', context);
  return builder.document(application);
}

function referee(builder: SdmBuilder, answers: FirearmsAnswers, number: 1 | 2): Resource {
  const prefix = `referee${number}` as const;
  const person = builder.add('person', {
    ...personName(answers[`${prefix}Name`]),
    occupation: answers[`${prefix}Occupation`],
    yearsKnown: answers[`${prefix}YearsKnown`],
  });
  builder.relate(person, 'currentAddress', builder.add('location', addressLocation(answers[`${prefix}Address`])));
  builder.relate(person, 'telephone', builder.add('telephone', {telephoneNumber: answers[`${prefix}Telephone`]}));
  return person;
}

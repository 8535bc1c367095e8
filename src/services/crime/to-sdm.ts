import {involvement} from '../../sdm/code-lists.js';
import {addressLocation} from '../../sdm/address-location.js';
import {addContactDetails} from '../../sdm/contact-details.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {personName} from '../../sdm/person-name.js';
import {addSubmission, isoWithOffset, type SubmissionContext} from '../../sdm/submission.js';
import type {CrimeAnswers} from './schema.js';

function localDateTime(date: string, time: string | undefined): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = (time ?? '00:00').split(':').map(Number);
  return isoWithOffset(new Date(year, month - 1, day, hour, minute));
}

/**
 * The crime report as a Standard Data Model document: the incident; the
 * person reporting, related to it as reporter and, by their own answer, as
 * victim or witness; where it happened; their email and telephone; and the
 * submission. A pure function: the same answers and context give the same
 * document.
 */
export function crimeToSdm(answers: CrimeAnswers, context: SubmissionContext, newId?: () => string): SdmDocument {
  const builder = new SdmBuilder(newId);
  const exactTimeKnown = answers.time !== undefined;
  const incident = builder.incident({
    description: answers.description,
    dateFrom: localDateTime(answers.date, answers.time),
    dateTo: exactTimeKnown ? localDateTime(answers.date, answers.time) : localDateTime(answers.date, '23:59'),
    exactTimeKnown,
    onPublicTransport: answers.publicTransport === 'yes',
    weaponInvolved: answers.weapon === 'yes',
    physicallyAssaulted: answers.assaulted === 'yes',
    threatenedOrAbused: answers.threatened === 'yes',
    targetedByOffender: answers.targeted === 'yes',
    hateCrime: answers.hate === 'yes',
    alreadyReported: answers.alreadyReported === 'yes',
    alreadyReportedReference: answers.previousReference,
  });

  const person = builder.add('person', {
    givenNames: [answers.givenName],
    surname: answers.familyName,
    dateOfBirth: answers.dateOfBirth,
    dateOfBirthKnown: answers.dateOfBirth !== undefined,
    contactPreference: answers.contactPreference,
    gender: answers.gender,
    selfDefinedEthnicity: answers.ethnicity,
    disability: answers.disability === undefined ? undefined : answers.disability === 'yes',
    communicationNeeds: answers.communicationNeeds,
  });
  const home = builder.add('location', addressLocation(answers.homeAddress));
  builder.relate(person, 'currentAddress', home);
  addContactDetails(builder, person, answers);

  builder.relate(incident, 'reporter', person);
  if (answers.involvement === involvement.victim.code) builder.relate(incident, 'victim', person);
  if (answers.involvement === involvement.witness.code) builder.relate(incident, 'witness', person);

  for (const suspect of answers.suspects ?? []) {
    const person = builder.add('person', {...personName(suspect.name), description: suspect.description});
    builder.relate(incident, 'suspect', person);
  }
  for (const witness of answers.witnesses ?? []) {
    const person = builder.add('person', personName(witness.name));
    if (witness.telephone)
      builder.relate(person, 'telephone', builder.add('telephone', {telephoneNumber: witness.telephone}));
    builder.relate(incident, 'witness', person);
  }

  for (const item of answers.property ?? []) {
    const property = builder.add('property', {description: item.what, value: item.value, serialNumber: item.serial});
    builder.relate(incident, item.how === 'stolen' ? 'stolenProperty' : 'damagedProperty', property);
  }

  for (const vehicle of answers.vehicles ?? []) {
    const registration = vehicle.registration?.replace(/\s+/g, '').toUpperCase();
    builder.relate(
      incident,
      'vehicle',
      builder.add('vehicle', {registration, make: vehicle.make, model: vehicle.model, colour: vehicle.colour}),
    );
  }

  const location = builder.add('location', {description: answers.location});
  builder.relate(incident, 'location', location);

  addSubmission(builder, incident, 'OCR', context);
  return builder.document(incident);
}

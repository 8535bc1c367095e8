import {involvement, suspectKnown} from '../../sdm/code-lists.js';
import {addressLocation} from '../../sdm/address-location.js';
import {addContactDetails, addTelephone} from '../../sdm/contact-details.js';
import {incidentTime} from '../../sdm/incident-time.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {givenAndFamilyName, personName} from '../../sdm/person-name.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import {withinLimit} from '../../sdm/within-limit.js';
import type {CrimeAnswers} from './schema.js';

/**
 * The crime report as a Standard Data Model document, in the SDM's own names:
 * the incident; the person reporting, related as `personReporting` and, by
 * their own answer, as `victim` or `witness`, with the kinds of disability they
 * told us of; the kind of public transport it happened on; the weapon
 * (`weaponUsed`: its kind, if they could say, and their description); the
 * people who did it, each with whether the person knows who they are
 * (`suspectKnown`: `knownSuspect` if they do, else `unknownSuspect`), or, when
 * they know nothing about who did it, one `unknownSuspect` saying so;
 * witnesses; what was stolen (`stolen`) or damaged (a damaged thing belongs to
 * the victim reporting it: `ownershipOf`), each with its kind as its
 * `propertyCategory` (SOH's stolen item type); vehicles stolen or damaged;
 * where it happened (`incidentLocation`); and the submission. What the SDM has
 * no place for (a damaged thing reported by a witness, a vehicle involved
 * another way, the name of someone longer than the SDM holds) is in
 * `submissionContent`, which carries every answer. A pure function: the same
 * answers and context give the same document.
 */
export function crimeToSdm(answers: CrimeAnswers, context: SubmissionContext, newId?: () => string): SdmDocument {
  const builder = new SdmBuilder(newId);
  const isVictim = answers.involvement === involvement.victim.code;
  const incident = builder.incident({
    incidentDescription: answers.description,
    ...incidentTime(answers.date, answers.time),
    incidentInvolvement: answers.involvement,
    incidentOnPublicTransport: answers.publicTransport === 'yes',
    publicTransportType: answers.publicTransport === 'yes' ? answers.publicTransportType : undefined,
    hadWeapon: answers.weapon === 'yes',
    physicallyAssaulted: answers.assaulted === 'yes',
    subjectedToThreatAbuseOrAssault: answers.threatened === 'yes',
    targetedByOffender: answers.targeted === 'yes',
    subjectedToHateCrime: answers.hate === 'yes',
    incidentAnyWitnesses: answers['witnesses.any'] === 'yes',
    incidentReportedAlready: answers.alreadyReported === 'yes',
    incidentReportedAlreadyReference: answers.previousReference,
  });

  const person = builder.add('person', {
    ...givenAndFamilyName(answers.givenName, answers.familyName),
    dateOfBirth: answers.dateOfBirth,
    dateOfBirthKnown: answers.dateOfBirth !== undefined,
    contactPreference: [answers.contactPreference],
    gender: answers.gender,
    ethnicitySelfDefined: answers.ethnicity,
    disability: answers.disability === undefined ? undefined : answers.disability === 'yes',
    disabilityCategory: answers.disability === 'yes' ? answers.disabilityCategory : undefined,
    communicationNeeds: answers.communicationNeeds === undefined ? undefined : answers.communicationNeeds !== '',
    communicationNeedsDetails: answers.communicationNeeds,
  });
  builder.relate(person, 'currentAddress', builder.add('location', addressLocation(answers.homeAddress)));
  addContactDetails(builder, person, answers);

  builder.relate(incident, 'personReporting', person);
  if (isVictim) builder.relate(incident, 'victim', person);
  if (answers.involvement === involvement.witness.code) builder.relate(incident, 'witness', person);

  const weaponKind = answers.weaponType === 'other' ? undefined : answers.weaponType;
  // Neither its kind nor a description ("Something else", or nothing said): hadWeapon says all there is.
  if (answers.weapon === 'yes' && (weaponKind || answers.weaponDetails)) {
    const weapon = builder.add('weapon', {weaponType: weaponKind, weaponDetails: answers.weaponDetails});
    builder.relate(incident, 'weaponUsed', weapon);
  }

  if (answers['suspects.any'] === 'no') {
    const nobodyKnown = builder.add('person', {suspectKnown: suspectKnown.nothingKnown.code});
    builder.relate(incident, 'unknownSuspect', nobodyKnown);
  }
  for (const suspect of answers.suspects ?? []) {
    const entity = builder.add('person', {
      ...personName(suspect.name),
      personDescription: suspect.description,
      suspectKnown: suspect.known,
    });
    builder.relate(incident, suspect.known === suspectKnown.known.code ? 'knownSuspect' : 'unknownSuspect', entity);
  }
  for (const witness of answers.witnesses ?? []) {
    const entity = builder.add('person', personName(witness.name));
    addTelephone(builder, entity, witness.telephone);
    builder.relate(incident, 'witness', entity);
  }

  for (const item of answers.property ?? []) {
    const stolen = item.how === 'stolen';
    if (!stolen && !isVictim) continue;
    const property = builder.add('property', {
      propertyCategory: item.category,
      propertyDescription: item.what,
      propertyApproxValue: item.value,
      propertyUniqueNumber: withinLimit(item.serial, 35),
      propertyDamaged: stolen ? undefined : true,
    });
    if (stolen) builder.relate(incident, 'stolen', property);
    else builder.relate(person, 'ownershipOf', property);
  }

  for (const vehicle of answers.vehicles ?? []) {
    if (vehicle.how !== 'stolen' && vehicle.how !== 'damaged') continue;
    const entity = builder.add('vehicle', {
      vehicleVRM: vehicle.registration?.replace(/\s+/g, '').toUpperCase(),
      vehicleMakeDetails: vehicle.make,
      vehicleModel: withinLimit(vehicle.model, 35),
      vehicleColour: vehicle.colour,
      vehicleDamaged: vehicle.how === 'damaged' ? true : undefined,
    });
    builder.relate(incident, vehicle.how, entity);
  }

  builder.relate(incident, 'incidentLocation', builder.add('location', {locationDetails: answers.location}));

  addSubmission(builder, incident, 'OCR', context, {howInvolvedInCrime: answers.involvement});
  return builder.document(incident);
}

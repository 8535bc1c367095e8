import {addReporter, addTelephone} from '../../sdm/contact-details.js';
import {incidentTime} from '../../sdm/incident-time.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {givenAndFamilyName} from '../../sdm/person-name.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import {withinLimit} from '../../sdm/within-limit.js';
import {howYouKnowThem} from './how-you-know-them.js';
import type {MissingPersonAnswers} from './schema.js';

/**
 * A missing person in the SDM's names: the incident (when they were last seen,
 * and where, as `incidentLocation`); the person reporting (`personReporting`),
 * related to the missing person by how they know them (the SDM has no
 * relationship from an incident to a missing person, so the missing person is
 * reached through the person reporting); the missing person (name, alias, date
 * of birth, or their age when given as a number of years, description,
 * clothing, a health condition or medication as a welfare risk, whether the
 * person fears they may harm themselves, with their phone); their photo as the
 * submission's attachment. Who saw them last, where they may go, who they may
 * contact, money, online accounts, an age in other words ("about 15") and
 * earlier disappearances have no SDM attribute: they are in `submissionContent`.
 */
/** An age given as a whole number of years ("15"), as the SDM's `age`; other words ("about 15") stay in the text. */
function wholeYears(age: string | undefined): number | undefined {
  const years = /^\s*(\d{1,3})\s*$/.exec(age ?? '');
  return years && Number(years[1]) <= 130 ? Number(years[1]) : undefined;
}

export function missingPersonToSdm(
  answers: MissingPersonAnswers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  const builder = new SdmBuilder(newId);
  const incident = builder.incident(incidentTime(answers.lastSeenDate, answers.lastSeenTime));
  builder.relate(incident, 'incidentLocation', builder.add('location', {locationDetails: answers.lastSeenLocation}));

  const missing = builder.add('person', {
    ...givenAndFamilyName(answers.missingGivenName, answers.missingFamilyName),
    alias: withinLimit(answers.missingKnownAs, 40),
    dateOfBirth: answers.missingDateOfBirth,
    dateOfBirthKnown: answers.missingDateOfBirth !== undefined,
    personDescription: answers.missingDescription,
    clothingAtTimeOfIncident: answers.missingClothing,
    age: wholeYears(answers.missingAge),
    welfareRisk: answers.healthNeeds === 'yes',
    welfareRiskDetails: answers.healthDetails,
    riskOfSelfHarm: answers.selfHarm === 'unknown' ? undefined : answers.selfHarm === 'yes',
  });
  addTelephone(builder, missing, answers.missingTelephone);

  const reporter = addReporter(builder, answers);
  builder.relate(reporter, howYouKnowThem[answers.relationship].relationship, missing);
  builder.relate(incident, 'personReporting', reporter);

  addSubmission(builder, incident, 'MIS', context, {attachments: answers.photo});
  return builder.document(incident);
}

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
 * of birth, description, clothing, and a health condition or medication as a
 * welfare risk, with their phone); their photo as the submission's attachment.
 * Who saw them last, where they may go, who they may contact, money, online
 * accounts, a rough age and earlier disappearances have no SDM attribute:
 * they are in `submissionContent`.
 */
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
    welfareRisk: answers.healthNeeds === 'yes',
    welfareRiskDetails: answers.healthDetails,
  });
  addTelephone(builder, missing, answers.missingTelephone);

  const reporter = addReporter(builder, answers);
  builder.relate(reporter, howYouKnowThem[answers.relationship].relationship, missing);
  builder.relate(incident, 'personReporting', reporter);

  addSubmission(builder, incident, 'MIS', context, {attachments: answers.photo});
  return builder.document(incident);
}

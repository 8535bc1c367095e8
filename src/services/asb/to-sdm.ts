import {addReporter} from '../../sdm/contact-details.js';
import {incidentTime} from '../../sdm/incident-time.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import type {AsbAnswers} from './schema.js';

/**
 * Anti-social behaviour in the SDM's names: the incident (what; the day it
 * began, as the approximate date; whether it is still happening), where
 * (`incidentLocation`), who is doing it if the person knows (a `knownSuspect`
 * described in their words), and the person reporting only if they asked to be
 * contacted. How often it happens and its effect on them have no SDM attribute:
 * they are in `submissionContent`.
 */
export function asbToSdm(answers: AsbAnswers, context: SubmissionContext, newId?: () => string): SdmDocument {
  const builder = new SdmBuilder(newId);
  const incident = builder.incident({
    incidentDescription: answers.description,
    ...incidentTime(answers.date, undefined),
    incidentStillHappening: answers.ongoing === 'yes',
  });
  builder.relate(incident, 'incidentLocation', builder.add('location', {locationDetails: answers.location}));
  if (answers.who) builder.relate(incident, 'knownSuspect', builder.add('person', {personDescription: answers.who}));
  const {givenName, familyName, contactPreference} = answers;
  if (answers.wantsContact === 'yes' && givenName && familyName && contactPreference) {
    const reporter = addReporter(builder, {...answers, givenName, familyName, contactPreference});
    builder.relate(incident, 'personReporting', reporter);
  }
  addSubmission(builder, incident, 'ASB', context);
  return builder.document(incident);
}

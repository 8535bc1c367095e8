import {addReporter} from '../../sdm/contact-details.js';
import {incidentTime} from '../../sdm/incident-time.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import {suspectKnown} from '../../sdm/code-lists.js';
import type {AsbAnswers} from './schema.js';

/**
 * Anti-social behaviour in the SDM's names: the incident (what; the day it
 * began, as the approximate date; whether it is still happening), where
 * (`incidentLocation`), who is doing it if the person said whether they know
 * (`suspectKnown`: a `knownSuspect` if they know who, else an `unknownSuspect`,
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
  if (answers.whoKnown || answers.who) {
    const suspect = builder.add('person', {suspectKnown: answers.whoKnown, personDescription: answers.who});
    // Someone they know is a known suspect; one they can only describe, or know nothing about, is not. (A sender
    // that does not say whether they know them, only who: as before, known.)
    const known = answers.whoKnown === undefined || answers.whoKnown === suspectKnown.known.code;
    builder.relate(incident, known ? 'knownSuspect' : 'unknownSuspect', suspect);
  }
  const {givenName, familyName, contactPreference} = answers;
  if (answers.wantsContact === 'yes' && givenName && familyName && contactPreference) {
    const reporter = addReporter(builder, {...answers, givenName, familyName, contactPreference});
    builder.relate(incident, 'personReporting', reporter);
  }
  addSubmission(builder, incident, 'ASB', context);
  return builder.document(incident);
}

import {addReporter} from '../../sdm/contact-details.js';
import {addAttachments} from '../../sdm/attachments.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {addSubmission, isoWithOffset, type SubmissionContext} from '../../sdm/submission.js';
import type {MissingPersonAnswers} from './schema.js';

/**
 * A missing person: the incident (when last seen, by whom, where they may
 * go, who they may contact, whether it happened before), where they were
 * last seen, the missing person, and the person reporting with how they
 * know them.
 */
export function missingPersonToSdm(
  answers: MissingPersonAnswers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  const builder = new SdmBuilder(newId);
  const [year, month, day] = answers.lastSeenDate.split('-').map(Number);
  const [hour, minute] = (answers.lastSeenTime ?? '00:00').split(':').map(Number);
  const incident = builder.incident({
    dateFrom: isoWithOffset(new Date(year, month - 1, day, hour, minute)),
    exactTimeKnown: answers.lastSeenTime !== undefined,
    lastSeenBy: answers.lastSeenBy,
    placesMayGo: answers.places,
    associates: answers.people,
    missingBefore: answers.missingBefore === 'yes',
    missingBeforeDetails: answers.missingBeforeDetails,
    reporterRelationship: answers.relationship,
  });
  builder.relate(incident, 'location', builder.add('location', {description: answers.lastSeenLocation}));

  const missing = builder.add('person', {
    givenNames: [answers.missingGivenName],
    surname: answers.missingFamilyName,
    knownAs: answers.missingKnownAs,
    dateOfBirth: answers.missingDateOfBirth,
    dateOfBirthKnown: answers.missingDateOfBirth !== undefined,
    approximateAge: answers.missingAge,
    description: answers.missingDescription,
    clothing: answers.missingClothing,
    healthNeeds: answers.healthNeeds === 'yes',
    healthDescription: answers.healthDetails,
    accessToMoney: answers.money,
    onlineAccounts: answers.onlineAccounts,
  });
  if (answers.missingTelephone)
    builder.relate(missing, 'telephone', builder.add('telephone', {telephoneNumber: answers.missingTelephone}));
  builder.relate(incident, 'missingPerson', missing);

  builder.relate(incident, 'reporter', addReporter(builder, answers));

  addAttachments(builder, incident, answers.photo);
  addSubmission(builder, incident, 'MIS', context);
  return builder.document(incident);
}

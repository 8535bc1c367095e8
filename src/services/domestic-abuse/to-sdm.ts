import {addContactDetails} from '../../sdm/contact-details.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {personName} from '../../sdm/person-name.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import type {DomesticAbuseAnswers} from './schema.js';

/**
 * Domestic abuse: the incident, and the person reporting as victim with
 * their safe-contact instructions on their own record, so whoever contacts
 * them sees them first.
 */
export function domesticAbuseToSdm(
  answers: DomesticAbuseAnswers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  const builder = new SdmBuilder(newId);
  const incident = builder.incident({
    description: answers.description,
    offenderRelationship: answers.relationship,
    offenderLivesWithVictim: answers.livesWithYou === 'yes',
    childrenInHousehold: answers.children === 'yes',
  });
  const person = builder.add('person', {
    ...personName(answers.name),
    safeContactMethods: answers.contactMethods,
    safeContactTimes: answers.safeTimes,
    messageMayBeLeft: answers.messageOk === undefined ? undefined : answers.messageOk === 'yes',
  });
  addContactDetails(builder, person, answers);
  builder.relate(incident, 'reporter', person);
  builder.relate(incident, 'victim', person);
  addSubmission(builder, incident, 'DAB', context);
  return builder.document(incident);
}

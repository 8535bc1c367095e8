import {addReporter} from '../../sdm/contact-details.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {addSubmission, isoWithOffset, type SubmissionContext} from '../../sdm/submission.js';
import type {AsbAnswers} from './schema.js';

/**
 * Anti-social behaviour as an SDM document: the incident (what, when,
 * whether ongoing and how often, the impact, who if known), where, and the
 * person reporting only if they asked to be contacted.
 */
export function asbToSdm(answers: AsbAnswers, context: SubmissionContext, newId?: () => string): SdmDocument {
  const builder = new SdmBuilder(newId);
  const [year, month, day] = answers.date.split('-').map(Number);
  const incident = builder.incident({
    description: answers.description,
    dateFrom: isoWithOffset(new Date(year, month - 1, day)),
    ongoing: answers.ongoing === 'yes',
    frequency: answers.frequency,
    impactOnVictim: answers.impact,
    offenderDescription: answers.who,
    contactRequested: answers.wantsContact === 'yes',
  });
  builder.relate(incident, 'location', builder.add('location', {description: answers.location}));
  const {givenName, familyName, contactPreference} = answers;
  if (answers.wantsContact === 'yes' && givenName && familyName && contactPreference) {
    builder.relate(incident, 'reporter', addReporter(builder, {...answers, givenName, familyName, contactPreference}));
  }
  addSubmission(builder, incident, 'ASB', context);
  return builder.document(incident);
}

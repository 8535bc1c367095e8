import {contactPreference, suspectKnown} from '../../sdm/code-lists.js';
import {addContactDetails} from '../../sdm/contact-details.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {personName} from '../../sdm/person-name.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import type {DomesticAbuseAnswers} from './schema.js';

/** Who is hurting them, as the SDM's relationship from the victim to that person. */
const RELATIONSHIP_TO_THEM = {
  partner: 'partner',
  'ex-partner': 'exPartner',
  family: 'relativeOrOther',
  other: 'acquaintanceOrOtherKnownRelationship',
} as const satisfies Record<DomesticAbuseAnswers['relationship'], string>;

/**
 * Domestic abuse in the SDM's names: the incident; the person reporting as
 * `personReporting` and `victim`, with the ways they can be reached safely as
 * their `contactPreference` (phone or text: by phone; email: by email); and the
 * person hurting them as a `knownSuspect` (the form asks no name, and no more
 * questions of someone who may be watched: the person carries only that the
 * victim knows them, `suspectKnown`, and how the victim is related to them).
 * The SDM has no attribute for the safe times, whether a message may be left,
 * whether they live together or whether children live there: those are in
 * `submissionContent`, which whoever contacts them reads first.
 */
export function domesticAbuseToSdm(
  answers: DomesticAbuseAnswers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  const builder = new SdmBuilder(newId);
  const incident = builder.incident({incidentDescription: answers.description});
  const methods = new Set(answers.contactMethods);
  const person = builder.add('person', {
    ...personName(answers.name),
    contactPreference: [
      ...(methods.has('phone') || methods.has('text') ? [contactPreference.telephone.code] : []),
      ...(methods.has('email') ? [contactPreference.email.code] : []),
    ],
  });
  addContactDetails(builder, person, answers);
  builder.relate(incident, 'personReporting', person);
  builder.relate(incident, 'victim', person);

  const suspect = builder.add('person', {suspectKnown: suspectKnown.known.code});
  builder.relate(person, RELATIONSHIP_TO_THEM[answers.relationship], suspect);
  builder.relate(incident, 'knownSuspect', suspect);

  addSubmission(builder, incident, 'DAB', context);
  return builder.document(incident);
}

import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {addSubmission, isoWithOffset, type SubmissionContext} from '../../sdm/submission.js';
import type {CovidBreachAnswers} from './schema.js';

/** A COVID-19 breach: the incident and where, with the whole report as `submissionContent`. */
export function covidBreachToSdm(
  answers: CovidBreachAnswers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  const builder = new SdmBuilder(newId);
  const [year, month, day] = answers.date.split('-').map(Number);
  const incident = builder.incident({
    description: answers.description,
    dateFrom: isoWithOffset(new Date(year, month - 1, day)),
  });
  builder.relate(incident, 'location', builder.add('location', {description: answers.location}));
  addSubmission(builder, incident, 'CVD', context);
  return builder.document(incident);
}

import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import type {CovidBreachAnswers} from './schema.js';

/**
 * A COVID-19 breach in the published SDM shape: the incident (what, and the day: only a date is asked, so it is
 * the SDM's approximate date, the exact time not known) and where it happened (in the person's words, the
 * location's details), with the whole report as `submissionContent`.
 */
export function covidBreachToSdm(
  answers: CovidBreachAnswers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  const builder = new SdmBuilder(newId);
  const incident = builder.incident({
    incidentDescription: answers.description,
    incidentApproximateDate: answers.date,
    incidentExactTimeKnown: false,
  });
  builder.relate(incident, 'incidentLocation', builder.add('location', {locationDetails: answers.location}));
  addSubmission(builder, incident, 'CVD', context);
  return builder.document(incident);
}

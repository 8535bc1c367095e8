import {addReporter} from '../../sdm/contact-details.js';
import {incidentTime} from '../../sdm/incident-time.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {addMediaEvidence} from '../../sdm/media-evidence.js';
import {addSubmission, type SubmissionContext} from '../../sdm/submission.js';
import {withinLimit} from '../../sdm/within-limit.js';
import type {RoadTrafficAnswers} from './schema.js';

/**
 * A road traffic collision in the SDM's names: the incident (when, and where
 * as `incidentLocation`); the driver reporting it (`personReporting`, with
 * their insurer and policy number); each other vehicle that was damaged
 * (`damaged`); their dash-cam footage as `evidence` (`incidentEvidence`), its
 * files the submission's attachments. The SDM relates a vehicle to an incident
 * only as stolen or damaged, and has no attribute for injuries or for the
 * other drivers and owners: an undamaged vehicle, the names of its driver and
 * owner, who was hurt and what was damaged are in `submissionContent`.
 */
export function roadTrafficToSdm(
  answers: RoadTrafficAnswers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  const builder = new SdmBuilder(newId);
  const incident = builder.incident(incidentTime(answers.date, answers.time));
  builder.relate(incident, 'incidentLocation', builder.add('location', {locationDetails: answers.location}));

  const reporter = addReporter(builder, answers, {
    insuranceCompany: answers.insurer,
    insurancePolicyNumber: answers.policyNumber,
  });
  builder.relate(incident, 'personReporting', reporter);

  for (const vehicle of answers.vehicles ?? []) {
    if (vehicle.damaged !== 'yes') continue;
    const entity = builder.add('vehicle', {
      vehicleVRM: vehicle.registration.replace(/\s+/g, '').toUpperCase(),
      vehicleMakeDetails: vehicle.make,
      vehicleModel: withinLimit(vehicle.model, 35),
      vehicleColour: vehicle.colour,
      vehicleDamaged: true,
    });
    builder.relate(incident, 'damaged', entity);
  }

  const footage = answers.footage ?? [];
  addMediaEvidence(builder, incident, {available: answers.dashcam === 'yes', uploaded: footage.length > 0});
  addSubmission(builder, incident, 'RTC', context, {attachments: footage});
  return builder.document(incident);
}

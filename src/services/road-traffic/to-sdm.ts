import {addReporter} from '../../sdm/contact-details.js';
import {addAttachments} from '../../sdm/attachments.js';
import {SdmBuilder, type SdmDocument} from '../../sdm/json-api.js';
import {personName} from '../../sdm/person-name.js';
import {addSubmission, isoWithOffset, type SubmissionContext} from '../../sdm/submission.js';
import type {RoadTrafficAnswers} from './schema.js';

/**
 * A road traffic collision: the incident (when, injuries, damage, footage,
 * the reporter's insurance), where, the reporting driver, and each other
 * vehicle with its driver and owner where known.
 */
export function roadTrafficToSdm(
  answers: RoadTrafficAnswers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  const builder = new SdmBuilder(newId);
  const [year, month, day] = answers.date.split('-').map(Number);
  const [hour, minute] = answers.time.split(':').map(Number);
  const incident = builder.incident({
    dateFrom: isoWithOffset(new Date(year, month - 1, day, hour, minute)),
    injuries: answers.injuries === 'yes',
    injuryDescription: answers.injuryDetails,
    damageDescription: answers.damage,
    footageAvailable: answers.dashcam === 'yes',
    insurer: answers.insurer,
    insurancePolicyNumber: answers.policyNumber,
  });
  builder.relate(incident, 'location', builder.add('location', {description: answers.location}));

  builder.relate(incident, 'reporter', addReporter(builder, answers));

  for (const vehicle of answers.vehicles ?? []) {
    const entity = builder.add('vehicle', {
      registration: vehicle.registration.replace(/\s+/g, '').toUpperCase(),
      make: vehicle.make,
      model: vehicle.model,
      colour: vehicle.colour,
    });
    builder.relate(incident, 'vehicle', entity);
    if (vehicle.driver) builder.relate(entity, 'driver', builder.add('person', personName(vehicle.driver)));
    if (vehicle.owner) builder.relate(entity, 'owner', builder.add('person', personName(vehicle.owner)));
  }
  addAttachments(builder, incident, answers.footage);
  addSubmission(builder, incident, 'RTC', context);
  return builder.document(incident);
}

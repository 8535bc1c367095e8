import type {ServiceSending} from '../../engine/service-module.js';
import {missingPersonAnswers} from './schema.js';
import {missingPersonToSdm} from './to-sdm.js';

/** The schema of the answers and the mapping to SDM, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: missingPersonAnswers,
  toSdm: (answers, context) => missingPersonToSdm(answers as never, context),
};

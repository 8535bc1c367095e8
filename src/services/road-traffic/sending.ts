import type {ServiceSending} from '../../engine/service-module.js';
import {roadTrafficAnswers} from './schema.js';
import {roadTrafficToSdm} from './to-sdm.js';

/** The schema of the answers and the mapping to SDM, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: roadTrafficAnswers,
  toSdm: (answers, context) => roadTrafficToSdm(answers as never, context),
};

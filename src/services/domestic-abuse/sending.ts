import type {ServiceSending} from '../../engine/service-module.js';
import {domesticAbuseAnswers} from './schema.js';
import {domesticAbuseToSdm} from './to-sdm.js';

/** The schema of the answers and the mapping to SDM, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: domesticAbuseAnswers,
  toSdm: (answers, context) => domesticAbuseToSdm(answers as never, context),
};

import type {ServiceSending} from '../../engine/service-module.js';
import {crimeAnswers} from './schema.js';
import {crimeToSdm} from './to-sdm.js';

/** The schema of the answers and the mapping to SDM, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: crimeAnswers,
  toSdm: (answers, context) => crimeToSdm(answers as never, context),
};

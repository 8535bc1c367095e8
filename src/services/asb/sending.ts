import type {ServiceSending} from '../../engine/service-module.js';
import {asbAnswers} from './schema.js';
import {asbToSdm} from './to-sdm.js';

/** The schema of the answers and the mapping to SDM, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: asbAnswers,
  toSdm: (answers, context) => asbToSdm(answers as never, context),
};

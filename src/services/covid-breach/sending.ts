import type {ServiceSending} from '../../engine/service-module.js';
import {covidBreachAnswers} from './schema.js';
import {covidBreachToSdm} from './to-sdm.js';

/** The schema of the answers and the mapping to SDM, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: covidBreachAnswers,
  toSdm: (answers, context) => covidBreachToSdm(answers as never, context),
};

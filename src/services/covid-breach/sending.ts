import type {ServiceSending} from '../../engine/service-module.js';
import {declaredSdm} from '../../engine/sdm-mapping.js';
import {covidBreachReport} from './definition.js';
import {covidBreachAnswers} from './schema.js';

/** The schema of the answers, and the SDM document its definition declares, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: covidBreachAnswers,
  toSdm: (answers, context) => declaredSdm(covidBreachReport, answers as never, context),
};

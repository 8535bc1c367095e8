import type {ServiceSending} from '../../engine/service-module.js';
import {declaredSdm} from '../../engine/sdm-mapping.js';
import {crimeReport} from './definition.js';
import {crimeAnswers} from './schema.js';

/** The schema of the answers, and the SDM document its definition declares, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: crimeAnswers,
  toSdm: (answers, context) => declaredSdm(crimeReport, answers as never, context),
};

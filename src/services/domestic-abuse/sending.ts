import type {ServiceSending} from '../../engine/service-module.js';
import {declaredSdm} from '../../engine/sdm-mapping.js';
import {domesticAbuseReport} from './definition.js';
import {domesticAbuseAnswers} from './schema.js';

/** The schema of the answers, and the SDM document its definition declares, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: domesticAbuseAnswers,
  toSdm: (answers, context) => declaredSdm(domesticAbuseReport, answers as never, context),
};

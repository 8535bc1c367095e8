import type {ServiceSending} from '../../engine/service-module.js';
import {declaredSdm} from '../../engine/sdm-mapping.js';
import {roadTrafficReport} from './definition.js';
import {roadTrafficAnswers} from './schema.js';

/** The schema of the answers, and the SDM document its definition declares, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: roadTrafficAnswers,
  toSdm: (answers, context) => declaredSdm(roadTrafficReport, answers as never, context),
};

import type {ServiceSending} from '../../engine/service-module.js';
import {declaredSdm} from '../../engine/sdm-mapping.js';
import {asbReport} from './definition.js';
import {asbAnswers} from './schema.js';

/** The schema of the answers, and the SDM document its definition declares, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: asbAnswers,
  toSdm: (answers, context) => declaredSdm(asbReport, answers as never, context),
};

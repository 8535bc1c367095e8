import type {ServiceSending} from '../../engine/service-module.js';
import {declaredSdm} from '../../engine/sdm-mapping.js';
import {missingPersonReport} from './definition.js';
import {missingPersonAnswers} from './schema.js';

/** The schema of the answers, and the SDM document its definition declares, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: missingPersonAnswers,
  toSdm: (answers, context) => declaredSdm(missingPersonReport, answers as never, context),
};

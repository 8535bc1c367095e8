import type {ServiceModule} from '../../engine/service-module.js';
import {domesticAbuseReport} from './definition.js';
import {domesticAbuseAnswers} from './schema.js';
import {domesticAbuseToSdm} from './to-sdm.js';

/** Domestic abuse: its pages, its answers' schema, its mapping to SDM. */
export const service: ServiceModule = {
  definition: domesticAbuseReport,
  schema: domesticAbuseAnswers,
  toSdm: (answers, context) => domesticAbuseToSdm(answers as never, context),
};

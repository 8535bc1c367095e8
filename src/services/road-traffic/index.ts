import type {ServiceModule} from '../../engine/service-module.js';
import {roadTrafficReport} from './definition.js';
import {roadTrafficAnswers} from './schema.js';
import {roadTrafficToSdm} from './to-sdm.js';

/** A road traffic collision: its pages, its answers' schema, its mapping to SDM. */
export const service: ServiceModule = {
  definition: roadTrafficReport,
  schema: roadTrafficAnswers,
  toSdm: (answers, context) => roadTrafficToSdm(answers as never, context),
};

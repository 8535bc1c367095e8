import type {ServiceModule} from '../../engine/service-module.js';
import {crimeReport} from './definition.js';
import {crimeAnswers} from './schema.js';
import {crimeToSdm} from './to-sdm.js';

/** The online crime report: its pages, its answers' schema, its mapping to SDM. */
export const service: ServiceModule = {
  definition: crimeReport,
  schema: crimeAnswers,
  toSdm: (answers, context) => crimeToSdm(answers as never, context),
};

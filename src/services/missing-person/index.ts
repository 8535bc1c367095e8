import type {ServiceModule} from '../../engine/service-module.js';
import {missingPersonReport} from './definition.js';
import {missingPersonAnswers} from './schema.js';
import {missingPersonToSdm} from './to-sdm.js';

/** A missing person: its pages, its answers' schema, its mapping to SDM. */
export const service: ServiceModule = {
  definition: missingPersonReport,
  schema: missingPersonAnswers,
  toSdm: (answers, context) => missingPersonToSdm(answers as never, context),
};

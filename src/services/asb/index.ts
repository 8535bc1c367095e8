import type {ServiceModule} from '../../engine/service-module.js';
import {asbReport} from './definition.js';
import {asbAnswers} from './schema.js';
import {asbToSdm} from './to-sdm.js';

/** Anti-social behaviour: its pages, its answers' schema, its mapping to SDM. */
export const service: ServiceModule = {
  definition: asbReport,
  schema: asbAnswers,
  toSdm: (answers, context) => asbToSdm(answers as never, context),
};

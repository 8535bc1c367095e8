import type {ServiceModule} from '../../engine/service-module.js';
import {firearmsApplication} from './definition.js';
import {firearmsAnswers} from './schema.js';
import {firearmsToSdm} from './to-sdm.js';

/** A firearm or shotgun certificate application: its pages, its answers' schema, its mapping to SDM. */
export const service: ServiceModule = {
  definition: firearmsApplication,
  schema: firearmsAnswers,
  toSdm: (answers, context) => firearmsToSdm(answers as never, context),
};

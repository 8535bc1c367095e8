import type {ServiceModule} from '../../engine/service-module.js';
import {covidBreachReport} from './definition.js';
import {covidBreachAnswers} from './schema.js';
import {covidBreachToSdm} from './to-sdm.js';

/** A COVID-19 breach: its pages, its answers' schema, its mapping to SDM. */
export const service: ServiceModule = {
  definition: covidBreachReport,
  schema: covidBreachAnswers,
  toSdm: (answers, context) => covidBreachToSdm(answers as never, context),
};

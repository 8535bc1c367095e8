import type {ServiceModule} from '../../engine/service-module.js';
import {covidBreachReport} from './definition.js';

/** A COVID-19 breach: its pages; what it sends loads when needed. */
export const service: ServiceModule = {
  definition: covidBreachReport,
  sending: async () => (await import('./sending.js')).sending,
};

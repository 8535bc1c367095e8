import type {ServiceModule} from '../../engine/service-module.js';
import {crimeReport} from './definition.js';

/** The online crime report: its pages; what it sends loads when needed. */
export const service: ServiceModule = {
  definition: crimeReport,
  sending: async () => (await import('./sending.js')).sending,
};

import type {ServiceModule} from '../../engine/service-module.js';
import {missingPersonReport} from './definition.js';

/** A missing person: its pages; what it sends loads when needed. */
export const service: ServiceModule = {
  definition: missingPersonReport,
  sending: async () => (await import('./sending.js')).sending,
};

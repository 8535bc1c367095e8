import type {ServiceModule} from '../../engine/service-module.js';
import {asbReport} from './definition.js';

/** Anti-social behaviour: its pages; what it sends loads when needed. */
export const service: ServiceModule = {
  definition: asbReport,
  sending: async () => (await import('./sending.js')).sending,
};

import type {ServiceModule} from '../../engine/service-module.js';
import {domesticAbuseReport} from './definition.js';

/** Domestic abuse: its pages; what it sends loads when needed. */
export const service: ServiceModule = {
  definition: domesticAbuseReport,
  sending: async () => (await import('./sending.js')).sending,
};

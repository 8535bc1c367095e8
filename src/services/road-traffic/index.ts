import type {ServiceModule} from '../../engine/service-module.js';
import {roadTrafficReport} from './definition.js';

/** A road traffic collision: its pages; what it sends loads when needed. */
export const service: ServiceModule = {
  definition: roadTrafficReport,
  sending: async () => (await import('./sending.js')).sending,
};

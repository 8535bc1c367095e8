import type {ServiceModule} from '../../engine/service-module.js';
import {firearmsApplication} from './definition.js';

/** A firearm or shotgun certificate application: its pages; what it sends loads when needed. */
export const service: ServiceModule = {
  definition: firearmsApplication,
  sending: async () => (await import('./sending.js')).sending,
};

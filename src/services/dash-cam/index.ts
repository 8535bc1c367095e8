import type {ServiceDefinition} from '../../engine/definition.js';
import {jsonService} from '../../engine/json-service.js';
import definition from './definition.json';

/**
 * Send us dash-cam or helmet-cam footage of bad driving (Operation Snap): written as data (definition.json); what it
 * sends is made from it when needed.
 */
export const service = jsonService(definition as unknown as ServiceDefinition);

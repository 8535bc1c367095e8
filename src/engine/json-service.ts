import type {ServiceDefinition} from './definition.js';
import type {ServiceModule} from './service-module.js';

/**
 * A library service written as data (its folder's `definition.json`, in the format a force's own `src` definition
 * uses): the definition, and what it sends made from it (a schema of its questions, and the SDM document its `sdm`
 * declares), loaded when needed, as a hand-written service's `sending.ts` is. The test suite holds every such file to
 * `checkService`, as a force's own would be.
 */
export function jsonService(definition: ServiceDefinition): ServiceModule {
  return {
    definition,
    sending: async () => (await import('./definition-sending.js')).definitionSending(definition),
  };
}

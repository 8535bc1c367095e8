/** The services this package ships, for the scripts and tests that read their definitions. */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {ServiceDefinition} from '../src/engine/definition.js';
import type {HandOff, HandOffModule} from '../src/engine/hand-off.js';
import type {ServiceModule} from '../src/engine/service-module.js';

// Not tokens.js's `root`: that would load Style Dictionary for a path.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every service's folder module, by folder name (each folder under src/services/ but `shared`), in name order. */
async function serviceModules(): Promise<Array<{id: string; service: ServiceModule | HandOffModule}>> {
  const ids = readdirSync(path.join(root, 'src/services'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const module = (await import(pathToFileURL(path.join(root, 'src/services', id, 'index.ts')).href)) as {
        service: ServiceModule | HandOffModule;
      };
      return {id, service: module.service};
    }),
  );
}

/** Every service's definition, by folder name, in name order: the services with a form (not the hand-offs). */
export async function serviceDefinitions(): Promise<Array<{id: string; definition: ServiceDefinition}>> {
  return (await serviceModules()).flatMap(({id, service}) =>
    'definition' in service ? [{id, definition: service.definition}] : [],
  );
}

/** Every hand-off, by folder name, in name order: the services the force hands off to a national one. */
export async function serviceHandOffs(): Promise<Array<{id: string; handOff: HandOff}>> {
  return (await serviceModules()).flatMap(({id, service}) =>
    'handOff' in service ? [{id, handOff: service.handOff}] : [],
  );
}

/** Every service as data, by folder name: a definition, or a hand-off (for what reads all their words: the Welsh). */
export async function everyService(): Promise<Array<{id: string; data: ServiceDefinition | HandOff}>> {
  return (await serviceModules()).map(({id, service}) => ({
    id,
    data: 'definition' in service ? service.definition : service.handOff,
  }));
}

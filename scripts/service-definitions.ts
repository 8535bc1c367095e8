/** The services this package ships, for the scripts and tests that read their definitions. */
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {ServiceDefinition} from '../src/engine/definition.js';
import type {ServiceModule} from '../src/engine/service-module.js';

// Not tokens.js's `root`: that would load Style Dictionary for a path.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every service's definition, by folder name (each folder under src/services/ but `shared`), in name order. */
export async function serviceDefinitions(): Promise<Array<{id: string; definition: ServiceDefinition}>> {
  const ids = readdirSync(path.join(root, 'src/services'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const module = (await import(pathToFileURL(path.join(root, 'src/services', id, 'index.ts')).href)) as {
        service: ServiceModule;
      };
      return {id, definition: module.service.definition};
    }),
  );
}

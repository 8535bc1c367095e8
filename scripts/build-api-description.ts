/**
 * Writes dist/schemas/<service>.schema.json (what each service sends), dist/schemas/service-definition.schema.json
 * (what a service definition is), dist/services/<service>.json (each service's definition as the document a force
 * copies, changes and loads with `<soh-report-form src>`) and dist/openapi.json (run by `npm run build`).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {checkService} from '../src/engine/check-service.js';
import {openApiDocument, serviceDefinitionJsonSchema, serviceJsonSchemas} from './api-description.js';
import {serviceDefinitions} from './service-definitions.js';
import {root} from './tokens.js';

const out = path.join(root, 'dist');
mkdirSync(path.join(out, 'schemas'), {recursive: true});
for (const [service, schema] of Object.entries(serviceJsonSchemas())) {
  writeFileSync(path.join(out, 'schemas', `${service}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
}
writeFileSync(
  path.join(out, 'schemas', 'service-definition.schema.json'),
  JSON.stringify(serviceDefinitionJsonSchema(), null, 2) + '\n',
);
// Written from the TypeScript the services are authored in (shared pages, and choices generated from the SDM
// profile), and published only when the checker finds nothing: what a force copies is sound.
mkdirSync(path.join(out, 'services'), {recursive: true});
for (const {id, definition} of await serviceDefinitions()) {
  const findings = checkService(definition);
  if (findings.length > 0)
    throw new Error(`${id}: ${findings.map(({pointer, message}) => `${pointer}: ${message}`).join('; ')}`);
  writeFileSync(path.join(out, 'services', `${id}.json`), JSON.stringify(definition, null, 2) + '\n');
}
const {version} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string};
writeFileSync(path.join(out, 'openapi.json'), JSON.stringify(openApiDocument(version), null, 2) + '\n');

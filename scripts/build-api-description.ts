/**
 * Writes dist/schemas/<service>.schema.json (what each service sends), dist/schemas/service-definition.schema.json
 * (what a service definition is) and dist/openapi.json (run by `npm run build`).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {openApiDocument, serviceDefinitionJsonSchema, serviceJsonSchemas} from './api-description.js';
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
const {version} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string};
writeFileSync(path.join(out, 'openapi.json'), JSON.stringify(openApiDocument(version), null, 2) + '\n');

import {serviceDefinitionJsonSchema} from '../scripts/api-description.js';

let url: string | undefined;

/**
 * A link to the JSON Schema of the definition format, made here from the same function that writes the published
 * one (`dist/schemas/service-definition.schema.json`, `soh-elements/schemas/service-definition.schema.json` in the
 * package), so a static Storybook offers it without the library's build beside it.
 */
export function definitionSchemaUrl(): string {
  url ??= URL.createObjectURL(
    new Blob([JSON.stringify(serviceDefinitionJsonSchema(), null, 2) + '\n'], {type: 'application/json'}),
  );
  return url;
}

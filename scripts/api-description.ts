/**
 * The endpoint contract as data: each service's SDM document as a JSON
 * Schema (from the same zod schemas the sandbox checks with), an OpenAPI
 * document of the calls, and what a service definition is. Shipped in the package under dist/.
 */
import * as z from 'zod/mini';
import {JSON_API_ERROR_MEMBERS, type JsonApiError} from '../src/contract/json-api-error.js';
import {DEFINITION_FORMAT_VERSION, serviceDefinitionSchema} from '../src/engine/definition-schema.js';
import {documentSchemas} from '../src/generated/document-schemas.js';
import {followPaths, followSchemas} from './follow-api-description.js';
import {lookupPaths} from './lookup-api-description.js';
import {paymentPaths, paymentSchemas} from './payment-api-description.js';

export function serviceJsonSchemas(): Record<string, object> {
  return Object.fromEntries(
    documentSchemas.map(({service, schema}) => [service, z.toJSONSchema(schema, {io: 'input'})]),
  );
}

/**
 * What a service definition document is (`src/engine/definition-schema.ts`), for editors and a force's own checks;
 * its `$id` carries the format's version. `checkService` checks the same shape, and what the shape cannot say.
 */
export function serviceDefinitionJsonSchema(): object {
  return {
    $id: `urn:soh-elements:service-definition/${DEFINITION_FORMAT_VERSION}`,
    title: 'A soh-elements service definition',
    ...z.toJSONSchema(serviceDefinitionSchema, {io: 'input'}),
  };
}

const errorMembers: Record<keyof JsonApiError, object> = {
  status: {type: 'string'},
  code: {type: 'string'},
  title: {type: 'string'},
  detail: {type: 'string'},
  source: {type: 'object', properties: {pointer: {type: 'string'}}},
};

const jsonApiErrors = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: Object.entries(JSON_API_ERROR_MEMBERS).flatMap(([member, presence]) =>
          presence === 'required' ? [member] : [],
        ),
        properties: errorMembers,
      },
    },
  },
};

function failure(description: string, retryAfter = false) {
  return {
    description,
    ...(retryAfter
      ? {headers: {'Retry-After': {schema: {type: 'integer'}, description: 'Seconds to wait before retrying.'}}}
      : {}),
    content: {'application/vnd.api+json': {schema: {$ref: '#/components/schemas/Errors'}}},
  };
}

export function openApiDocument(version: string): object {
  const services = serviceJsonSchemas();
  const refs = Object.keys(services).map((service) => ({$ref: `#/components/schemas/${service}`}));
  return {
    openapi: '3.1.0',
    info: {
      title: 'SOH/SIH endpoint, as soh-elements calls it',
      version,
      description:
        'What the elements send to a force’s Strategic Integration Hub endpoint, and what answers. Bodies are Standard Data Model documents (JSON:API over the POLE model).',
    },
    paths: {
      '/incidents': {
        post: {
          summary: 'Send a report',
          description:
            'Stores the report durably, then answers 201. The same Idempotency-Key and body again replays the first answer and stores nothing; the same key with another body is 409. The body is a document in the published Standard Data Model: every entity type, attribute (with its type, format and length), relationship and code must be one the SDM defines (each breach is a 422 naming it with a JSON pointer; what the SDM cannot hold goes in the submission’s plain-text submissionContent). The schemas below are the documents of the services soh-elements sends, with what each must carry; a document of another category is held to the SDM alone.',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description: 'One UUID per submission, the same on every retry.',
              schema: {type: 'string', format: 'uuid'},
            },
          ],
          requestBody: {required: true, content: {'application/vnd.api+json': {schema: {oneOf: refs}}}},
          responses: {
            201: {
              description: 'Stored.',
              content: {
                'application/vnd.api+json': {
                  schema: {
                    type: 'object',
                    required: ['data'],
                    properties: {
                      data: {
                        type: 'object',
                        required: ['type', 'id', 'attributes'],
                        properties: {
                          type: {const: 'submission'},
                          id: {type: 'string'},
                          attributes: {
                            type: 'object',
                            required: ['customerReferenceNumber', 'receivedAt'],
                            properties: {
                              customerReferenceNumber: {type: 'string', pattern: '^[0-9A-Z]{4}-[0-9A-Z]{4}$'},
                              receivedAt: {type: 'string', format: 'date-time'},
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
            400: failure(
              'Malformed JSON, JSON nested deeper than 32 levels, a repeated query parameter, or no Idempotency-Key. Do not retry.',
            ),
            409: failure('This Idempotency-Key was used for another body. Do not retry.'),
            413: failure('Too large. Do not retry.'),
            415: failure('Not sent as application/vnd.api+json. Do not retry.'),
            421: failure('The Host header names a host this endpoint does not serve. Do not retry.'),
            422: failure('The document breaks a rule; each error’s source.pointer names the field. Do not retry.'),
            429: failure('Too many reports from this client: retry after Retry-After, with the same key.', true),
            503: failure('Busy or down: retry with back-off, honouring Retry-After.', true),
          },
        },
      },
      ...paymentPaths(failure),
      ...followPaths(failure),
      ...lookupPaths(failure),
    },
    components: {schemas: {Errors: jsonApiErrors, ...paymentSchemas, ...followSchemas, ...services}},
  };
}

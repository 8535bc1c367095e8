import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {openApiDocument, serviceJsonSchemas} from '../../scripts/api-description.js';

type Schema = {properties?: Record<string, Schema>; required?: string[]};

describe('the shipped API description', () => {
  it('has a JSON Schema for every service, made from the schema the sandbox checks with', () => {
    const crime = serviceJsonSchemas().crime as Schema;
    const incident = crime.properties!.data.properties!;
    expect(incident.attributes.required).toEqual(
      expect.arrayContaining(['incidentDescription', 'incidentExactTimeKnown']),
    );
    expect(incident.relationships.required).toEqual(
      expect.arrayContaining(['personReporting', 'incidentLocation', 'submission']),
    );
  });

  it('describes POST /incidents with its key, its bodies and every answer the contract names', () => {
    const document = openApiDocument('0.0.0') as {
      paths: Record<
        string,
        {
          post: {
            parameters: {name: string}[];
            responses: Record<string, unknown>;
            requestBody: {content: Record<string, {schema: {oneOf: {$ref: string}[]}}>};
          };
        }
      >;
    };
    const post = document.paths['/incidents'].post;
    expect(post.parameters.map((parameter) => parameter.name)).toContain('Idempotency-Key');
    expect(Object.keys(post.responses)).toEqual(['201', '400', '409', '413', '415', '421', '422', '429', '503']);
    expect(post.requestBody.content['application/vnd.api+json'].schema.oneOf).toContainEqual({
      $ref: '#/components/schemas/crime',
    });
  });

  it('describes the payment calls: items named, never an amount, and the key on create', () => {
    const document = openApiDocument('0.0.0') as {
      paths: Record<string, Record<string, {parameters?: {name: string}[]; responses: Record<string, unknown>}>>;
      components: {schemas: Record<string, {properties?: Record<string, unknown>; additionalProperties?: boolean}>};
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/payments', '/payments/fee', '/payments/{id}']),
    );
    expect(document.paths['/payments'].post.parameters!.map((parameter) => parameter.name)).toEqual([
      'Idempotency-Key',
    ]);
    expect(Object.keys(document.paths['/payments'].post.responses)).toEqual(['201', '400', '409', '422', '503']);
    const request = document.components.schemas.PaymentRequest;
    expect(Object.keys(request.properties!)).not.toContain('amount');
    expect(request.additionalProperties).toBe(false);
  });

  it('describes following a report: the code for the sender, the status by reference and code, the back office', () => {
    const document = openApiDocument('0.0.0') as {
      paths: Record<string, Record<string, {responses: Record<string, unknown>}>>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/follow', '/status', '/status/messages', '/inbox/{reference}/revoke']),
    );
    expect(Object.keys(document.paths['/status'].post.responses)).toEqual(['200', '401', '429']);
  });

  it('accepts the sample report that the README sends with curl', () => {
    const sample = JSON.parse(readFileSync(new URL('../fixtures/minimal-incident.json', import.meta.url), 'utf8'));
    const crime = serviceJsonSchemas().crime as Schema;
    for (const key of crime.properties!.data.properties!.attributes.required!)
      expect(sample.data.attributes).toHaveProperty(key);
  });
});

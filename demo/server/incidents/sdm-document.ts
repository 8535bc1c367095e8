/**
 * Checks that a body is a well-formed Standard Data Model document: JSON:API
 * with an `incident` as `data`, every relationship pointing at an entity in
 * `included`, and a `submission` entity carrying what the hub needs to route
 * it. Each problem is a JSON:API error whose pointer names the field.
 */
import {z} from 'zod';
import {documentSchemas} from '../../../src/generated/document-schemas.js';
import {findForceByCode} from './force-codes.js';
import {sdmModel} from '../../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../../src/sdm/conformance.js';
import {jsonApiError, type JsonApiError} from '../json-api-errors.js';

const identifier = z.object({type: z.string().min(1), id: z.string().min(1)});
const relationship = z.object({data: z.union([identifier, z.array(identifier), z.null()])});
const resource = z.object({
  type: z.string().min(1),
  id: z.string().min(1),
  attributes: z.record(z.string(), z.unknown()).optional(),
  relationships: z.record(z.string(), relationship).optional(),
});

const sdmDocument = z.object({
  data: resource.extend({type: z.literal('incident'), id: z.uuid()}),
  included: z.array(resource),
});

const submissionAttributes = z.object({
  forceIdentifier: z
    .number('must be the national force code, a number')
    .int()
    .min(1)
    .max(99)
    .transform((code) => String(code).padStart(2, '0')),
  category: z.string().min(1),
  submissionId: z.string().min(1),
  submitTime: z.iso.datetime({offset: true, message: 'must be an ISO 8601 date and time with an offset'}),
});

export type SdmDocument = z.infer<typeof sdmDocument>;
type Resource = z.infer<typeof resource>;

export interface SubmissionFacts {
  forceCode: string;
  category: string;
}

function pointer(path: ReadonlyArray<PropertyKey>): string {
  return '/' + path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

interface Issues {
  issues: ReadonlyArray<{code: string; path: ReadonlyArray<PropertyKey>; message: string}>;
}

function fromZod(error: Issues, prefix: ReadonlyArray<PropertyKey> = []): JsonApiError[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const missing = issue.code === 'invalid_type' && issue.message.includes('undefined');
    return jsonApiError(
      422,
      missing ? 'missing-field' : 'invalid-field',
      missing ? 'A required field is missing' : 'A field is not valid',
      `${pointer(path)}: ${issue.message}`,
      pointer(path),
    );
  });
}

function brokenRelationships(owner: Resource, ownerPath: PropertyKey[], known: Set<string>): JsonApiError[] {
  const errors: JsonApiError[] = [];
  for (const [name, {data}] of Object.entries(owner.relationships ?? {})) {
    const targets = data === null ? [] : Array.isArray(data) ? data : [data];
    targets.forEach((target, index) => {
      if (known.has(`${target.type}/${target.id}`)) return;
      const path = [...ownerPath, 'relationships', name, 'data', ...(Array.isArray(data) ? [index] : [])];
      errors.push(
        jsonApiError(
          422,
          'broken-relationship',
          'A relationship points at nothing',
          `"${name}" points at ${target.type} ${target.id}, which is not in "included".`,
          pointer(path),
        ),
      );
    });
  }
  return errors;
}

/**
 * A document in the published SDM shape (it breaks no SDM rule): what the inbox needs to route it. The SDM's
 * `forceIdentifier` is a number (Essex: 42), its `category` the service's code. Any sender may send one; the
 * services' own documents are moving to this shape, and until they all have, the older checks below still stand.
 */
function publishedShapeFacts(
  submission: Record<string, unknown>,
  submissionIndex: number,
): {facts: SubmissionFacts} | {errors: JsonApiError[]} {
  const at = (name: string) => pointer(['included', submissionIndex, 'attributes', name]);
  const force = submission.forceIdentifier;
  const forceCode = typeof force === 'number' && Number.isInteger(force) ? String(force).padStart(2, '0') : '';
  if (!findForceByCode(forceCode))
    return {
      errors: [
        jsonApiError(
          422,
          'unknown-force',
          'The force is not known',
          'Send the national force code.',
          at('forceIdentifier'),
        ),
      ],
    };
  const category = submission.category;
  if (typeof category !== 'string' || category === '')
    return {
      errors: [jsonApiError(422, 'missing-field', 'A required field is missing', 'Send the category.', at('category'))],
    };
  return {facts: {forceCode, category}};
}

/** Checks a parsed body; answers the facts the inbox needs, or the errors. */
export function checkSdmDocument(
  body: unknown,
): {ok: true; document: unknown; facts: SubmissionFacts} | {ok: false; errors: JsonApiError[]} {
  const parsed = sdmDocument.safeParse(body);
  if (!parsed.success) return {ok: false, errors: fromZod(parsed.error)};
  const {data, included} = parsed.data;
  const errors: JsonApiError[] = [];

  const known = new Set<string>();
  included.forEach((entity, index) => {
    const key = `${entity.type}/${entity.id}`;
    if (known.has(key)) {
      errors.push(
        jsonApiError(
          422,
          'duplicate-entity',
          'An entity is included twice',
          `${key} appears more than once.`,
          pointer(['included', index]),
        ),
      );
    }
    known.add(key);
  });

  errors.push(...brokenRelationships(data, ['data'], known));
  included.forEach((entity, index) => errors.push(...brokenRelationships(entity, ['included', index], known)));

  const submissionIndex = included.findIndex((entity) => entity.type === 'submission');
  if (submissionIndex === -1) {
    errors.push(
      jsonApiError(
        422,
        'missing-submission',
        'The submission entity is missing',
        'Include one entity of type "submission".',
        '/included',
      ),
    );
    return {ok: false, errors};
  }
  if (errors.length === 0 && sdmBreaches(parsed.data, sdmModel).length === 0) {
    const published = publishedShapeFacts(included[submissionIndex].attributes ?? {}, submissionIndex);
    return 'errors' in published
      ? {ok: false, errors: published.errors}
      : {ok: true, document: parsed.data, ...published};
  }
  const attributes = submissionAttributes.safeParse(included[submissionIndex].attributes ?? {});
  if (!attributes.success) {
    errors.push(...fromZod(attributes.error, ['included', submissionIndex, 'attributes']));
    return {ok: false, errors};
  }
  if (!findForceByCode(attributes.data.forceIdentifier)) {
    errors.push(
      jsonApiError(
        422,
        'unknown-force',
        'The force is not known',
        `No force has the national code "${attributes.data.forceIdentifier}".`,
        pointer(['included', submissionIndex, 'attributes', 'forceIdentifier']),
      ),
    );
  }
  if (errors.length > 0) return {ok: false, errors};

  // Then the service's own schema, the one shipped as JSON Schema.
  const service = documentSchemas.find((candidate) => candidate.category === attributes.data.category);
  if (!service) {
    const known = documentSchemas.map((candidate) => candidate.category).join(', ');
    return {
      ok: false,
      errors: [
        jsonApiError(
          422,
          'unknown-category',
          'The service is not known',
          `No service has the category "${attributes.data.category}". Known: ${known}.`,
          pointer(['included', submissionIndex, 'attributes', 'category']),
        ),
      ],
    };
  }
  const checked = service.schema.safeParse(body);
  if (!checked.success) return {ok: false, errors: fromZod(checked.error)};
  return {
    ok: true,
    document: checked.data,
    facts: {forceCode: attributes.data.forceIdentifier, category: attributes.data.category},
  };
}

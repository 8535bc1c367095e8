/**
 * Checks that a body is a Standard Data Model document, in three steps: JSON:API
 * (an `incident` as `data`, every relationship pointing at an entity in
 * `included`, one `submission`); the published SDM (every entity type,
 * attribute, value, code and relationship one the SDM defines, from any
 * sender); and, for a service this library sends, that service's own rules.
 * Each problem is a JSON:API error whose pointer names the field.
 */
import {z} from 'zod';
import {documentSchemas} from '../../../src/generated/document-schemas.js';
import {findForceByCode} from './force-codes.js';
import {sdmModel} from '../../../src/generated/sdm-model.js';
import {sdmBreaches, type SdmBreach} from '../../../src/sdm/conformance.js';
import type {JsonApiError} from '../../../src/contract/json-api-error.js';
import {jsonApiError} from '../json-api-errors.js';

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

/** What a breach of the SDM is called, for the error's title. */
const SDM_BREACH_TITLES: Record<SdmBreach['code'], string> = {
  'unknown-type': 'The SDM has no entity of this type',
  'unknown-attribute': 'The SDM has no such attribute for this entity',
  'invalid-value': 'The value is not what the SDM allows',
  'unknown-code': 'The code is not in the SDM’s list',
  'unknown-relationship': 'The SDM has no such relationship between these entities',
  dangling: 'A relationship points at nothing',
};

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

/** What the hub needs to route a submission, besides its force: each must be there. */
const ROUTING_FIELDS = ['category', 'submissionId', 'submitTime'] as const;

/**
 * What the inbox needs to route a document that breaks no SDM rule: the SDM's `forceIdentifier` is a number
 * (Essex: 42) of a force that exists, and the submission names its `category` (the service's code), its
 * `submissionId` and its `submitTime`. Every one missing is named.
 */
function routingFacts(
  submission: Record<string, unknown>,
  submissionIndex: number,
): {facts: SubmissionFacts} | {errors: JsonApiError[]} {
  const at = (name: string) => pointer(['included', submissionIndex, 'attributes', name]);
  const errors: JsonApiError[] = [];
  const force = submission.forceIdentifier;
  const forceCode = typeof force === 'number' && Number.isInteger(force) ? String(force).padStart(2, '0') : '';
  if (!findForceByCode(forceCode))
    errors.push(
      jsonApiError(
        422,
        'unknown-force',
        'The force is not known',
        'Send the national force code.',
        at('forceIdentifier'),
      ),
    );
  for (const name of ROUTING_FIELDS)
    if (submission[name] === undefined || submission[name] === '')
      errors.push(jsonApiError(422, 'missing-field', 'A required field is missing', `Send the ${name}.`, at(name)));
  return errors.length > 0 ? {errors} : {facts: {forceCode, category: submission.category as string}};
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
  if (errors.length > 0) return {ok: false, errors};

  // The published SDM first (any sender's document is held to it, whatever its category), and what routing needs.
  const submission = included[submissionIndex].attributes ?? {};
  const routing = routingFacts(submission, submissionIndex);
  const breachErrors = sdmBreaches(parsed.data, sdmModel).map((breach) =>
    jsonApiError(422, `sdm-${breach.code}`, SDM_BREACH_TITLES[breach.code], breach.detail, breach.pointer),
  );
  if (breachErrors.length > 0 || 'errors' in routing)
    return {ok: false, errors: [...breachErrors, ...('errors' in routing ? routing.errors : [])]};

  // Then, for the services this library sends, the service's own rules (what its documents always carry): the
  // schema shipped as JSON Schema. A category of another sender's service has none here.
  const service = documentSchemas.find((candidate) => candidate.category === routing.facts.category);
  const checked = service?.schema.safeParse(parsed.data);
  if (checked && !checked.success) return {ok: false, errors: fromZod(checked.error)};
  return {ok: true, document: parsed.data, facts: routing.facts};
}

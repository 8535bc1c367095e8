import type {AttributeRule, SdmModel} from './sdm-model.js';

/** One way a document breaks the Standard Data Model: where (a JSON pointer), and what is wrong, for a developer. */
export interface SdmBreach {
  pointer: string;
  code: 'unknown-type' | 'unknown-attribute' | 'invalid-value' | 'unknown-code' | 'unknown-relationship' | 'dangling';
  detail: string;
}

type Json = unknown;
interface Entity {
  type?: unknown;
  id?: unknown;
  attributes?: Record<string, Json>;
  relationships?: Record<string, {data?: Json}>;
}

const escape = (part: string | number) => String(part).replaceAll('~', '~0').replaceAll('/', '~1');
const pointerOf = (...parts: Array<string | number>) => '/' + parts.map(escape).join('/');

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function valueProblem(value: Json, rule: AttributeRule, model: SdmModel): string | undefined {
  if (value === null) return undefined;
  switch (rule.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (rule.type === 'integer' && !Number.isInteger(value)) return 'must be a whole number';
      if (rule.minimum !== undefined && value < rule.minimum) return `must be ${rule.minimum} or more`;
      if (rule.maximum !== undefined && value > rule.maximum) return `must be ${rule.maximum} or less`;
      return undefined;
    case 'array':
      return Array.isArray(value) ? undefined : 'must be a list';
    default:
      if (typeof value !== 'string') return 'must be text';
      if (rule.minLength !== undefined && value.length < rule.minLength)
        return `must be at least ${rule.minLength} characters`;
      if (rule.maxLength !== undefined && value.length > rule.maxLength)
        return `must be ${rule.maxLength} characters or fewer`;
      if (rule.format === 'date' && !DATE.test(value)) return 'must be a date, YYYY-MM-DD';
      if (rule.format === 'date-time' && !DATE_TIME.test(value))
        return 'must be a date and time, ISO 8601 with an offset';
      if (rule.format === 'time' && !TIME.test(value)) return 'must be a time, hh:mm';
      if (rule.format === 'email' && !EMAIL.test(value)) return 'must be an email address';
      if (rule.codeList && !(model.codeLists[rule.codeList] ?? []).includes(value))
        return `must be a code from the ${rule.codeList} list`;
      return undefined;
  }
}

/** Every item of a value (an array's items against `items`; a single value as it is), each with its pointer. */
function checkValue(value: Json, rule: AttributeRule, model: SdmModel, at: string[], breaches: SdmBreach[]): void {
  const problem = valueProblem(value, rule, model);
  if (problem) {
    const unknownCode = rule.codeList !== undefined && typeof value === 'string' && problem.includes(' list');
    breaches.push({pointer: pointerOf(...at), code: unknownCode ? 'unknown-code' : 'invalid-value', detail: problem});
    return;
  }
  if (rule.type === 'array' && rule.items && Array.isArray(value))
    value.forEach((item, index) => checkValue(item, rule.items!, model, [...at, String(index)], breaches));
}

/** "an incident", "a location": the type with its article. */
const a = (type: unknown) => `${/^[aeiou]/i.test(String(type)) ? 'an' : 'a'} ${String(type)}`;

/**
 * Checks a document against the SDM profile: every entity's type is one the
 * SDM defines; every attribute is one that type carries, with its type,
 * format, length, range and code list; every relationship is one the SDM
 * allows between the two types, and points at an entity in the document.
 * What it cannot hold belongs in the submission's `submissionContent`.
 * Returns every breach (none for a conforming document).
 */
export function sdmBreaches(document: Json, model: SdmModel): SdmBreach[] {
  const breaches: SdmBreach[] = [];
  const body = (document ?? {}) as {data?: Entity; included?: Entity[]};
  const entities: Array<{entity: Entity; at: string[]}> = [
    ...(body.data ? [{entity: body.data, at: ['data']}] : []),
    ...(Array.isArray(body.included)
      ? body.included.map((entity, index) => ({entity, at: ['included', String(index)]}))
      : []),
  ];
  const typeOf = new Map<string, string>();
  for (const {entity} of entities)
    if (typeof entity?.id === 'string' && typeof entity.type === 'string') typeOf.set(entity.id, entity.type);

  for (const {entity, at} of entities) {
    const type = typeof entity?.type === 'string' ? entity.type : '';
    const attributes = model.attributes[type];
    if (!Object.hasOwn(model.attributes, type) || !attributes) {
      breaches.push({
        pointer: pointerOf(...at, 'type'),
        code: 'unknown-type',
        detail: `"${type}" is not an SDM entity type`,
      });
      continue;
    }
    for (const [name, value] of Object.entries(entity.attributes ?? {})) {
      if (!Object.hasOwn(attributes, name)) {
        breaches.push({
          pointer: pointerOf(...at, 'attributes', name),
          code: 'unknown-attribute',
          detail: `${a(type)} has no attribute "${name}" in the SDM: put what it cannot hold in submissionContent`,
        });
        continue;
      }
      checkValue(value, attributes[name], model, [...at, 'attributes', name], breaches);
    }
    for (const [name, relationship] of Object.entries(entity.relationships ?? {})) {
      const data = relationship?.data;
      const targets = (Array.isArray(data) ? data : data ? [data] : []) as Array<{id?: unknown; type?: unknown}>;
      targets.forEach((target, index) => {
        const where = pointerOf(...at, 'relationships', name, 'data', ...(Array.isArray(data) ? [index] : []));
        const targetType = typeof target?.id === 'string' ? typeOf.get(target.id) : undefined;
        if (targetType === undefined || targetType !== target.type) {
          breaches.push({pointer: where, code: 'dangling', detail: 'points at no entity of that type in the document'});
          return;
        }
        if (!model.relationships.includes(`${type} ${name} ${targetType}`))
          breaches.push({
            pointer: where,
            code: 'unknown-relationship',
            detail: `the SDM has no relationship "${name}" from ${a(type)} to ${a(targetType)}`,
          });
      });
    }
  }
  return breaches;
}

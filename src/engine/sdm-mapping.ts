import {SdmBuilder, withoutEmpty, type Resource, type SdmDocument} from '../sdm/json-api.js';
import {addSubmission, type SubmissionContext} from '../sdm/submission.js';
import type {Attachment} from '../contract/uploads.js';
import {holds} from './conditions.js';
import {answersInJourney, isAnonymous} from './journey.js';
import type {
  Answer,
  Answers,
  AttributeSource,
  AttributesMapping,
  EntityMapping,
  ItemAnswers,
  RelationshipName,
  SdmConstant,
  SdmMapping,
  ServiceDefinition,
} from './definition.js';
import {derivedAttributes, valueTransforms} from './sdm-transforms.js';

/** The answers a mapping reads: the report's, or an item's over the report's (in a `forEach`). */
type Scope = Readonly<Record<string, Answer>>;

/** The value `source` gives for these answers, or nothing (see {@link AttributeSource} for each step). */
function valueOf(source: AttributeSource, answers: Scope): unknown {
  if ('value' in source) return source.value;
  if ('cases' in source) return source.cases.find(({when}) => holds(when, answers))?.value ?? source.otherwise;
  const answer = answers[source.answer];
  let values: string[] = typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer.filter(isText) : [];
  values = values.filter((value) => value !== '' && !source.except?.includes(value));
  if (values.length === 0) return undefined;
  if (source.equals !== undefined) return values.includes(source.equals);
  let given: SdmConstant[] = values;
  if (source.map) {
    const table = source.map;
    given = [...new Set(values.filter((value) => Object.hasOwn(table, value)).map((value) => table[value]))];
  }
  if (source.transform) {
    const transform = valueTransforms[source.transform];
    given = given.map((value) => transform(String(value))).filter((value) => value !== undefined);
  }
  if (source.maxLength !== undefined) {
    const most = source.maxLength;
    given = given.filter((value) => typeof value !== 'string' || value.length <= most);
  }
  if (given.length === 0) return undefined;
  return source.list || Array.isArray(answer) ? given : given[0];
}

const isText = (value: unknown): value is string => typeof value === 'string';

function attributesOf({attributes = {}, derived = []}: AttributesMapping, answers: Scope): Record<string, unknown> {
  return withoutEmpty({
    ...Object.fromEntries(derived.flatMap((group) => Object.entries(derivedAttributes(group, answers)))),
    ...Object.fromEntries(Object.entries(attributes).map(([name, source]) => [name, valueOf(source, answers)])),
  });
}

function relationshipName(name: RelationshipName, answers: Scope): string | undefined {
  if (typeof name === 'string') return name;
  const answer = answers[name.answer];
  return typeof answer === 'string' && Object.hasOwn(name.map, answer) ? name.map[answer] : name.otherwise;
}

/** An entity the answers call for, before it is known whether what it is related from is in the report. */
interface Planned {
  type: string;
  attributes: Record<string, unknown>;
  /** Each relationship that holds: its name, and what it is from (`undefined`: the incident). */
  relationships: Array<{name: string; from: Planned | undefined}>;
  /** Where a relationship names its `from` by id: kept until every entity is planned. */
  pending: Array<{name: string; fromId: string}>;
}

/** What planning reads: the report's answers, and each repeat page's questions (which an item's answers shadow). */
interface Planning {
  answers: Answers;
  itemQuestions: ReadonlyMap<string, ReadonlyArray<string>>;
  planned: Planned[];
  named: Map<string, Planned>;
  /** An anonymous report: no relationship `personReporting`, so no person reporting (see `isAnonymous`). */
  anonymous: boolean;
}

/**
 * The scopes an entity is made in: the one it is declared in, or, in a `forEach`, each item's answers over it. An
 * item's own question left unanswered is unanswered, not the report's answer to a question of the same id.
 */
function scopesOf(mapping: EntityMapping, outer: Scope, itemQuestions: Planning['itemQuestions']): Scope[] {
  if (mapping.forEach === undefined) return [outer];
  const items = outer[mapping.forEach];
  if (!Array.isArray(items)) return [];
  const asked = itemQuestions.get(mapping.forEach) ?? [];
  return (items as ReadonlyArray<ItemAnswers>).map((item) => ({
    ...outer,
    ...Object.fromEntries(asked.map((id) => [id, Object.hasOwn(item, id) ? item[id] : undefined])),
  })) as Scope[];
}

/**
 * At most this many entities in one report: far more than any form asks (a crime report with every list full makes
 * about 60), and a bound on what a definition's mapping can make the device build.
 */
const MOST_ENTITIES = 2_000;

/** The relationship from the incident to whoever reports it: an anonymous report has none. */
const PERSON_REPORTING = 'personReporting';

/** Plans each entity the mapping calls for, in the order declared (an entity, then those declared in it). */
function plan(
  mappings: ReadonlyArray<EntityMapping>,
  planning: Planning,
  parent: {planned: Planned; scope: Scope} | undefined,
): void {
  const {planned, named} = planning;
  for (const mapping of mappings) {
    for (const scope of scopesOf(mapping, parent?.scope ?? planning.answers, planning.itemQuestions)) {
      if (!holds(mapping.when, scope)) continue;
      const entity: Planned = {
        type: mapping.type,
        attributes: attributesOf(mapping, scope),
        relationships: [],
        pending: [],
      };
      for (const relationship of mapping.relationships) {
        if (!holds(relationship.when, scope)) continue;
        const name = relationshipName(relationship.name, scope);
        if (name === undefined || (planning.anonymous && name === PERSON_REPORTING)) continue;
        if (relationship.from === undefined) entity.relationships.push({name, from: parent?.planned});
        else if (relationship.from === 'incident') entity.relationships.push({name, from: undefined});
        else entity.pending.push({name, fromId: relationship.from});
      }
      planned.push(entity);
      if (planned.length > MOST_ENTITIES)
        throw new Error(`The mapping makes more than ${MOST_ENTITIES} entities: it cannot be sent as one report`);
      if (mapping.id !== undefined) named.set(mapping.id, entity);
      if (mapping.related) plan(mapping.related, planning, {planned: entity, scope});
    }
  }
}

/**
 * Which planned entities the report holds: each related from the incident or from an entity it holds, and saying
 * something (an attribute, or an entity it holds related from it: a witness whose name is too long for the SDM,
 * with their telephone). Leaving one out may leave out others (what hangs on the person reporting; the person whose
 * only telephone went), so each is counted, and taken out once nothing keeps it: linear in what is planned.
 */
function kept(planned: ReadonlyArray<Planned>): Set<Planned> {
  const holding = new Set(planned);
  /** For each entity, the relationships to others that are from it: one entry for each. */
  const hanging = new Map<Planned, Planned[]>(planned.map((entity) => [entity, []]));
  for (const entity of planned) for (const {from} of entity.relationships) if (from) hanging.get(from)?.push(entity);
  /** How many of its relationships are from the incident or from an entity still held. */
  const relatedBy = new Map(planned.map((entity) => [entity, entity.relationships.length]));
  /** How many relationships from it are to entities still held. */
  const holdsOthers = new Map(planned.map((entity) => [entity, hanging.get(entity)!.length]));
  const saysNothing = (entity: Planned) =>
    relatedBy.get(entity)! === 0 || (Object.keys(entity.attributes).length === 0 && holdsOthers.get(entity)! === 0);
  const dropped = planned.filter(saysNothing);
  while (dropped.length > 0) {
    const entity = dropped.pop()!;
    if (!holding.delete(entity)) continue;
    for (const other of hanging.get(entity)!) {
      relatedBy.set(other, relatedBy.get(other)! - 1);
      if (holding.has(other) && saysNothing(other)) dropped.push(other);
    }
    for (const {from} of entity.relationships) {
      if (!from || !holding.has(from)) continue;
      holdsOthers.set(from, holdsOthers.get(from)! - 1);
      if (saysNothing(from)) dropped.push(from);
    }
  }
  return holding;
}

/** Whether an answer's item is a file `<soh-media-upload>` uploaded (an attachment, with its address on the web). */
function isUpload(item: unknown): item is Attachment {
  const upload = item as Partial<Record<keyof Attachment, unknown>> | null;
  return (
    typeof upload === 'object' &&
    upload !== null &&
    typeof upload.fileName === 'string' &&
    typeof upload.mediaType === 'string' &&
    typeof upload.url === 'string' &&
    /^https?:/.test(upload.url)
  );
}

/** The files uploaded in the named questions, for the submission's attachments: uploads only, nothing typed. */
function attachmentsOf(questions: ReadonlyArray<string> = [], answers: Answers): Attachment[] {
  return questions.flatMap((question) => {
    const files: unknown = answers[question];
    return Array.isArray(files) ? files.filter(isUpload) : [];
  });
}

/** A definition with no mapping sends the incident and its submission: every answer is in `submissionContent`. */
const NOTHING_DECLARED: SdmMapping = {incident: {}, entities: []};

/**
 * The report as an SDM document, from the mapping its definition declares: the incident with its attributes, each
 * entity that applies (one per item for a repeat page), related as declared, and the submission in `category` with
 * the whole report as `submissionContent`. No code of the service's own runs.
 */
export function declaredSdm(
  {
    category,
    sdm = NOTHING_DECLARED,
    pages,
    anonymous,
  }: Pick<ServiceDefinition, 'category' | 'sdm' | 'pages' | 'anonymous'>,
  given: Answers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  // Only what the person's path asked: an answer left from a branch they turned back from says nothing.
  const answers = answersInJourney({pages, anonymous}, given);
  const builder = new SdmBuilder(newId);
  const incident = builder.incident(attributesOf(sdm.incident, answers));
  const itemQuestions = new Map(
    pages.flatMap((page) =>
      page.kind === 'repeat' ? [[page.id, page.questions.map((question) => question.id)] as const] : [],
    ),
  );
  const planning: Planning = {
    answers,
    itemQuestions,
    planned: [],
    named: new Map(),
    anonymous: isAnonymous({anonymous}, answers),
  };
  plan(sdm.entities, planning, undefined);
  const {planned, named} = planning;
  for (const entity of planned)
    for (const {name, fromId} of entity.pending) {
      const from = named.get(fromId);
      if (from) entity.relationships.push({name, from});
    }
  const holding = kept(planned);
  const resources = new Map<Planned, Resource>();
  for (const entity of planned)
    if (holding.has(entity)) resources.set(entity, builder.add(entity.type, entity.attributes));
  for (const [entity, resource] of resources)
    for (const {name, from} of entity.relationships) {
      const owner = from === undefined ? incident : resources.get(from);
      if (owner) builder.relate(owner, name, resource);
    }
  const howInvolvedInCrime = sdm.submission?.howInvolvedInCrime;
  addSubmission(builder, incident, category, context, {
    howInvolvedInCrime: howInvolvedInCrime && (valueOf(howInvolvedInCrime, answers) as string | undefined),
    attachments: attachmentsOf(sdm.submission?.attachments, answers),
  });
  return builder.document(incident);
}

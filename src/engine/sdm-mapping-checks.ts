import type {AttributeRule, SdmModel} from '../sdm/sdm-model.js';
import type {
  AttributeSource,
  AttributesMapping,
  Condition,
  EntityMapping,
  Question,
  SdmConstant,
  SdmMapping,
  ServiceDefinition,
} from './definition.js';
import {conditionLeaves, type DefinitionFinding} from './definition-checks.js';
import {derivedAttributeNames} from './sdm-transforms.js';

/** The questions a part of the mapping may name: the report's, and in a `forEach` the item's too. */
type Scope = ReadonlyMap<string, Question>;

/** Each question a mapping may name: at the top level, and in each repeat page's items. */
function questionsByScope(definition: ServiceDefinition): {top: Scope; items: Map<string, Scope>} {
  const top = new Map<string, Question>();
  const items = new Map<string, Scope>();
  for (const page of definition.pages) {
    if (page.kind === 'repeat') {
      items.set(page.id, new Map(page.questions.map((question) => [question.id, question])));
      top.set(`${page.id}.any`, {id: `${page.id}.any`, kind: 'yes-no', label: page.ask});
    } else for (const question of page.questions) top.set(question.id, question);
  }
  return {top, items};
}

/** What a question's answer can be, where it is one of a few. */
function possibleValues(question: Question): ReadonlyArray<string> | undefined {
  if (question.kind === 'yes-no') return ['yes', 'no'];
  return 'options' in question ? question.options.map((option) => option.value) : undefined;
}

/** "an incident", "a location". */
const a = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/** The JSON type a constant must have for an attribute of this rule (an integer is a number). */
function typeFits(rule: AttributeRule, value: SdmConstant): boolean {
  if (!rule.type || rule.type === 'array') return true;
  return typeof value === (rule.type === 'integer' ? 'number' : rule.type);
}

/**
 * What a declared SDM mapping can get wrong, against the published SDM and the definition's own questions, each at
 * its JSON Pointer under `/sdm`: an entity type, attribute or relationship the SDM does not have (a relationship
 * from the incident, from the entity it is declared in, or from the entity its `from` names); an answer or a
 * condition's question that no question gives; a `forEach` that is not a repeat page; an `id` used twice, or a
 * `from` that names none; a value of the wrong type, or not a code of the attribute's list; `equals`, `except` or a
 * table's values that the question cannot have; a list given where the SDM wants one value, or one where it wants
 * a list; a named transform for an attribute it cannot fill.
 */
export function sdmMappingFindings(
  sdm: SdmMapping,
  definition: ServiceDefinition,
  model: SdmModel,
): DefinitionFinding[] {
  const findings: DefinitionFinding[] = [];
  const problem = (pointer: string, message: string) => findings.push({pointer, message});
  const {top, items} = questionsByScope(definition);

  const checkCondition = (condition: Condition | undefined, scope: Scope, pointer: string) => {
    if (!condition) return;
    for (const {leaf, pointer: at} of conditionLeaves(condition, pointer))
      if (!scope.has(leaf.question)) problem(`${at}/question`, `No question here has the id "${leaf.question}"`);
  };

  /** A constant for an attribute: its type, and its code list. */
  const checkConstant = (rule: AttributeRule, value: SdmConstant, what: string, pointer: string) => {
    const itemRule = rule.type === 'array' ? (rule.items ?? {}) : rule;
    if (!typeFits(itemRule, value)) problem(pointer, `${what} is a ${itemRule.type} in the SDM`);
    const codes = itemRule.codeList ? model.codeLists[itemRule.codeList] : undefined;
    if (codes && !codes.includes(String(value)))
      problem(pointer, `${what} takes a code from the ${itemRule.codeList} list, and ${String(value)} is not one`);
  };

  /** A question's values, each to be one the question can have. */
  const checkValues = (question: Question, wanted: ReadonlyArray<string>, pointer: string) => {
    const values = possibleValues(question);
    for (const one of wanted)
      if (values && !values.includes(one))
        problem(pointer, `"${question.id}" cannot be answered "${one}" (its answers are ${values.join(', ')})`);
  };

  const checkSource = (rule: AttributeRule, source: AttributeSource, what: string, scope: Scope, at: string) => {
    if ('value' in source) return checkConstant(rule, source.value, what, `${at}/value`);
    if ('cases' in source) {
      source.cases.forEach((one, index) => {
        checkCondition(one.when, scope, `${at}/cases/${index}/when`);
        checkConstant(rule, one.value, what, `${at}/cases/${index}/value`);
      });
      if (source.otherwise !== undefined) checkConstant(rule, source.otherwise, what, `${at}/otherwise`);
      return;
    }
    const question = scope.get(source.answer);
    if (!question) return problem(`${at}/answer`, `No question here has the id "${source.answer}"`);
    if (source.except) checkValues(question, source.except, `${at}/except`);
    if (source.equals !== undefined) {
      if (rule.type && rule.type !== 'boolean') problem(`${at}/equals`, `${what} is a ${rule.type}, not true or false`);
      checkValues(question, [source.equals], `${at}/equals`);
      return;
    }
    const many = question.kind === 'checkboxes';
    if (rule.type === 'array' && !many && !source.list)
      problem(`${at}/list`, `${what} is a list in the SDM: give "list": true`);
    if (rule.type && rule.type !== 'array' && (many || source.list))
      problem(`${at}/${many ? 'answer' : 'list'}`, `${what} takes one value in the SDM, not a list`);
    const itemRule = rule.type === 'array' ? (rule.items ?? {}) : rule;
    if (source.map) {
      checkValues(question, Object.keys(source.map), `${at}/map`);
      for (const [key, value] of Object.entries(source.map)) checkConstant(rule, value, what, `${at}/map/${key}`);
      return;
    }
    if (source.transform === 'whole-years' && itemRule.type !== 'integer' && itemRule.type !== 'number')
      problem(`${at}/transform`, `${what} is not a number: "whole-years" cannot fill it`);
    if (source.transform === 'registration' && itemRule.type !== 'string')
      problem(`${at}/transform`, `${what} is not text: "registration" cannot fill it`);
    if (itemRule.type === 'boolean')
      problem(`${at}/answer`, `${what} is true or false in the SDM: say which answer is true with "equals"`);
    const codes = itemRule.codeList ? model.codeLists[itemRule.codeList] : undefined;
    if (!codes) return;
    const values = possibleValues(question)?.filter((value) => !source.except?.includes(value));
    if (!values)
      problem(
        `${at}/answer`,
        `${what} takes a code from the ${itemRule.codeList} list: ask it as a choice of those codes`,
      );
    else {
      const notCodes = values.filter((value) => !codes.includes(value));
      if (notCodes.length > 0)
        problem(
          `${at}/answer`,
          `${what} takes a code from the ${itemRule.codeList} list, and ${notCodes.join(', ')} is not one: leave it out with "except", or turn it into one with "map"`,
        );
    }
  };

  const checkAttributes = (type: string, mapping: AttributesMapping, scope: Scope, pointer: string) => {
    const rules = model.attributes[type] ?? {};
    for (const [name, source] of Object.entries(mapping.attributes ?? {})) {
      const rule = rules[name];
      if (!rule) problem(`${pointer}/attributes/${name}`, `The SDM's ${type} has no attribute ${name}`);
      else checkSource(rule, source, `${type}.${name}`, scope, `${pointer}/attributes/${name}`);
    }
    (mapping.derived ?? []).forEach((group, index) => {
      const at = `${pointer}/derived/${index}`;
      const missing = derivedAttributeNames[group.transform].filter((name) => !rules[name]);
      if (missing.length > 0)
        problem(`${at}/transform`, `"${group.transform}" gives ${missing.join(', ')}, which the SDM's ${type} has not`);
      const named = group.transform === 'incident-time' ? {date: group.date, time: group.time} : {answer: group.answer};
      for (const [key, id] of Object.entries(named))
        if (id !== undefined && !scope.has(id)) problem(`${at}/${key}`, `No question here has the id "${id}"`);
    });
  };

  // Every id first: a relationship may name an entity declared after it (the person reporting, declared last).
  const typesById = new Map<string, string>();
  const collectIds = (entities: ReadonlyArray<EntityMapping>, pointer: string) =>
    entities.forEach((entity, index) => {
      const at = `${pointer}/${index}`;
      if (entity.id !== undefined) {
        if (typesById.has(entity.id) || entity.id === 'incident')
          problem(`${at}/id`, `"${entity.id}" names another entity already: give each its own`);
        else typesById.set(entity.id, entity.type);
      }
      collectIds(entity.related ?? [], `${at}/related`);
    });
  collectIds(sdm.entities, '/sdm/entities');

  const checkEntities = (
    entities: ReadonlyArray<EntityMapping>,
    scope: Scope,
    parentType: string,
    pointer: string,
    inRepeat: boolean,
  ) =>
    entities.forEach((entity, index) => {
      const at = `${pointer}/${index}`;
      if (!model.attributes[entity.type]) return problem(`${at}/type`, `The SDM has no entity type ${entity.type}`);
      let inner = scope;
      if (entity.forEach !== undefined) {
        const itemQuestions = items.get(entity.forEach);
        if (!itemQuestions) return problem(`${at}/forEach`, `"${entity.forEach}" is not a repeat page`);
        inner = new Map([...scope, ...itemQuestions]);
      }
      const repeated = inRepeat || entity.forEach !== undefined;
      if (entity.id !== undefined && repeated)
        problem(`${at}/id`, `An entity made once for each item cannot be named: "from" could not say which`);
      checkCondition(entity.when, inner, `${at}/when`);
      entity.relationships.forEach((relationship, number) => {
        const where = `${at}/relationships/${number}`;
        checkCondition(relationship.when, inner, `${where}/when`);
        const fromType =
          relationship.from === undefined
            ? parentType
            : relationship.from === 'incident'
              ? 'incident'
              : typesById.get(relationship.from);
        if (fromType === undefined) return problem(`${where}/from`, `No entity here has the id "${relationship.from}"`);
        const {name} = relationship;
        const names = typeof name === 'string' ? [name] : [...Object.values(name.map), name.otherwise ?? []].flat();
        if (typeof name !== 'string') {
          const question = inner.get(name.answer);
          if (!question) problem(`${where}/name/answer`, `No question here has the id "${name.answer}"`);
          else checkValues(question, Object.keys(name.map), `${where}/name/map`);
        }
        for (const one of new Set(names))
          if (!model.relationships.includes(`${fromType} ${one} ${entity.type}`))
            problem(`${where}/name`, `The SDM does not relate ${a(fromType)} to ${a(entity.type)} as ${one}`);
      });
      checkAttributes(entity.type, entity, inner, at);
      checkEntities(entity.related ?? [], inner, entity.type, `${at}/related`, repeated);
    });

  checkAttributes('incident', sdm.incident, top, '/sdm/incident');
  checkEntities(sdm.entities, top, 'incident', '/sdm/entities', false);
  const {howInvolvedInCrime, attachments = []} = sdm.submission ?? {};
  const involvementRule = model.attributes.submission?.howInvolvedInCrime;
  if (howInvolvedInCrime && involvementRule)
    checkSource(
      involvementRule,
      howInvolvedInCrime,
      'submission.howInvolvedInCrime',
      top,
      '/sdm/submission/howInvolvedInCrime',
    );
  attachments.forEach((id, index) => {
    if (top.get(id)?.kind !== 'files')
      problem(`/sdm/submission/attachments/${index}`, `"${id}" is not a files question: only uploads are attachments`);
  });
  return findings;
}

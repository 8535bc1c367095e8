import type {SdmModel} from '../sdm/sdm-model.js';
import type {AttributeSource, Question, SdmMapping, ServiceDefinition} from './definition.js';
import {conditionLeaves, type DefinitionFinding} from './definition-checks.js';

/** Each question a mapping may name: at the top level, and in each repeat page's items. */
function questionsByScope(definition: ServiceDefinition): {
  top: Map<string, Question>;
  items: Map<string, Map<string, Question>>;
} {
  const top = new Map<string, Question>();
  const items = new Map<string, Map<string, Question>>();
  for (const page of definition.pages) {
    if (page.kind === 'repeat') {
      items.set(page.id, new Map(page.questions.map((question) => [question.id, question])));
      top.set(`${page.id}.any`, {id: `${page.id}.any`, kind: 'yes-no', label: page.ask});
    } else for (const question of page.questions) top.set(question.id, question);
  }
  return {top, items};
}

/**
 * What a declared SDM mapping can get wrong, against the published SDM and the definition's own questions, each at
 * its JSON Pointer under `/sdm`: an entity type, attribute or relationship the SDM does not have; an answer (or a
 * condition's question) that no question gives; a `forEach` that is not a repeat page; a constant of the wrong type; `equals` on an answer the
 * question cannot have; and a question whose options are SDM codes feeding an attribute whose code list does not
 * hold them all.
 */
export function sdmMappingFindings(
  sdm: SdmMapping,
  definition: ServiceDefinition,
  model: SdmModel,
): DefinitionFinding[] {
  const findings: DefinitionFinding[] = [];
  const {top, items} = questionsByScope(definition);

  const checkAttributes = (
    type: string,
    attributes: Readonly<Record<string, AttributeSource>>,
    questions: Map<string, Question>,
    pointer: string,
  ) => {
    const rules = model.attributes[type] ?? {};
    for (const [name, source] of Object.entries(attributes)) {
      const at = `${pointer}/${name}`;
      const rule = rules[name];
      if (!rule) {
        findings.push({pointer: at, message: `The SDM's ${type} has no attribute ${name}`});
        continue;
      }
      if ('value' in source) {
        const wanted = rule.type === 'integer' ? 'number' : rule.type;
        if (wanted && typeof source.value !== wanted)
          findings.push({pointer: `${at}/value`, message: `${type}.${name} is a ${rule.type} in the SDM`});
        continue;
      }
      const question = questions.get(source.answer);
      if (!question) {
        findings.push({pointer: `${at}/answer`, message: `No question here has the id "${source.answer}"`});
        continue;
      }
      const values =
        question.kind === 'yes-no'
          ? ['yes', 'no']
          : 'options' in question
            ? question.options.map((option) => option.value)
            : undefined;
      if (source.equals !== undefined) {
        if (rule.type && rule.type !== 'boolean')
          findings.push({pointer: `${at}/equals`, message: `${type}.${name} is a ${rule.type}, not true or false`});
        if (values && !values.includes(source.equals))
          findings.push({
            pointer: `${at}/equals`,
            message: `"${source.answer}" cannot be answered "${source.equals}" (its answers are ${values.join(', ')})`,
          });
        continue;
      }
      const codes = rule.codeList ? (model.codeLists[rule.codeList] ?? []) : undefined;
      const notCodes = codes && values ? values.filter((value) => !codes.includes(value)) : [];
      if (codes && !values)
        findings.push({
          pointer: `${at}/answer`,
          message: `${type}.${name} takes a code from the ${rule.codeList} list: ask it as a choice of those codes`,
        });
      else if (notCodes.length > 0)
        findings.push({
          pointer: `${at}/answer`,
          message: `${type}.${name} takes a code from the ${rule.codeList} list, and ${notCodes.join(', ')} is not one`,
        });
    }
  };

  checkAttributes('incident', sdm.incident, top, '/sdm/incident');
  sdm.entities.forEach((entity, index) => {
    const at = `/sdm/entities/${index}`;
    if (!model.attributes[entity.type]) {
      findings.push({pointer: `${at}/type`, message: `The SDM has no entity type ${entity.type}`});
      return;
    }
    if (!model.relationships.includes(`incident ${entity.relationship} ${entity.type}`))
      findings.push({
        pointer: `${at}/relationship`,
        message: `The SDM does not relate an incident to a ${entity.type} as ${entity.relationship}`,
      });
    if (entity.when)
      for (const {leaf, pointer} of conditionLeaves(entity.when, `${at}/when`))
        if (!top.has(leaf.question))
          findings.push({pointer: `${pointer}/question`, message: `No question has the id "${leaf.question}"`});
    let questions = top;
    if (entity.forEach !== undefined) {
      const itemQuestions = items.get(entity.forEach);
      if (!itemQuestions) {
        findings.push({pointer: `${at}/forEach`, message: `"${entity.forEach}" is not a repeat page`});
        return;
      }
      questions = itemQuestions;
    }
    checkAttributes(entity.type, entity.attributes, questions, `${at}/attributes`);
  });
  return findings;
}

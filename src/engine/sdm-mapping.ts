import {SdmBuilder, type Resource, type SdmDocument} from '../sdm/json-api.js';
import {addSubmission, type SubmissionContext} from '../sdm/submission.js';
import {holds} from './conditions.js';
import type {Answers, AttributeSource, ItemAnswers, SdmMapping} from './definition.js';

/** The value `source` gives for these answers (an item's, in a `forEach`), or nothing. */
function valueOf(source: AttributeSource, answers: Answers | ItemAnswers): unknown {
  if ('value' in source) return source.value;
  const answer = answers[source.answer];
  if (typeof answer !== 'string' || answer === '') return undefined;
  return source.equals === undefined ? answer : answer === source.equals;
}

function attributesFrom(
  declared: Readonly<Record<string, AttributeSource>>,
  answers: Answers | ItemAnswers,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(declared).map(([name, source]) => [name, valueOf(source, answers)]));
}

/**
 * The report as an SDM document, from the mapping its definition declares: the incident with its attributes, each
 * entity that applies (one per item for a repeat page), related to the incident by its relationship, and the
 * submission in `category` with the whole report as `submissionContent`. An entity with no attribute given is left
 * out: it would say nothing. No code of the service's own runs.
 */
export function declaredSdm(
  {category, sdm}: {category: string; sdm: SdmMapping},
  answers: Answers,
  context: SubmissionContext,
  newId?: () => string,
): SdmDocument {
  const builder = new SdmBuilder(newId);
  const incident = builder.incident(attributesFrom(sdm.incident, answers));
  const relate = (mapping: SdmMapping['entities'][number], from: Answers | ItemAnswers) => {
    const attributes = attributesFrom(mapping.attributes, from);
    if (Object.values(attributes).every((value) => value === undefined)) return;
    const entity: Resource = builder.add(mapping.type, attributes);
    builder.relate(incident, mapping.relationship, entity);
  };
  for (const mapping of sdm.entities) {
    if (!holds(mapping.when, answers)) continue;
    if (mapping.forEach === undefined) relate(mapping, answers);
    else {
      const items = answers[mapping.forEach];
      if (Array.isArray(items)) for (const item of items as ReadonlyArray<ItemAnswers>) relate(mapping, item);
    }
  }
  addSubmission(builder, incident, category, context);
  return builder.document(incident);
}

import * as z from 'zod/mini';
import {sdmModel} from '../generated/sdm-model.js';
import type {ServiceDefinition} from './definition.js';
import {definitionFindings, type DefinitionFinding} from './definition-checks.js';
import {schemaFindings} from './definition-findings.js';
import {serviceDefinitionSchema} from './definition-schema.js';
import {sampleReportFindings} from './sample-report-checks.js';
import {sdmMappingFindings} from './sdm-mapping-checks.js';

/** A value shaped like an SDM code: a list's four capitals, `_`, the code (`IVLD_0001`, `ESDD_W1`). */
const SDM_CODE = /^([A-Z]{4})_[A-Za-z0-9]+$/;

/** Option values shaped like SDM codes that the SDM's code lists do not hold. */
function codeFindings(definition: ServiceDefinition): DefinitionFinding[] {
  const findings: DefinitionFinding[] = [];
  definition.pages.forEach((page, pageIndex) =>
    page.questions.forEach((question, questionIndex) => {
      if (!('options' in question)) return;
      question.options.forEach((option, optionIndex) => {
        const list = SDM_CODE.exec(option.value)?.[1];
        if (!list) return;
        const pointer = `/pages/${pageIndex}/questions/${questionIndex}/options/${optionIndex}/value`;
        const codes = sdmModel.codeLists[list];
        if (!codes) findings.push({pointer, message: `The SDM has no code list ${list}`});
        else if (!codes.includes(option.value))
          findings.push({pointer, message: `${option.value} is not a code in the SDM's ${list} list`});
      });
    }),
  );
  return findings;
}

/**
 * Checks a service definition document as its author would want before publishing it: the shape (every key, both
 * languages of every text), then what the shape cannot say (see {@link definitionFindings}), then every option that
 * is an SDM code against the published code lists, and a declared SDM mapping against the SDM and the questions
 * (see {@link sdmMappingFindings}); last, when all that is sound, the report it would send with every question
 * answered, against the SDM and what the endpoint requires of its category (see {@link sampleReportFindings}). No
 * findings: the definition is sound. Each finding has a JSON Pointer (`/pages/3/questions/0/label/cy`) and what to
 * do.
 */
export function checkService(document: unknown): DefinitionFinding[] {
  const parsed = z.safeParse(serviceDefinitionSchema, document, {reportInput: true});
  if (!parsed.success) return schemaFindings(parsed.error.issues);
  const definition = parsed.data;
  const findings = [
    ...definitionFindings(definition),
    ...codeFindings(definition),
    ...(definition.sdm ? sdmMappingFindings(definition.sdm, definition, sdmModel) : []),
  ];
  // The sample report only says more of a definition with nothing else wrong: it would repeat those otherwise.
  return findings.length > 0 ? findings : sampleReportFindings(definition);
}

export type {DefinitionFinding} from './definition-checks.js';

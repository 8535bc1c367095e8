import * as z from 'zod/mini';
import {sdmModel} from '../generated/sdm-model.js';
import type {ServiceDefinition} from './definition.js';
import {definitionFindings, type DefinitionFinding} from './definition-checks.js';
import {serviceDefinitionSchema} from './definition-schema.js';
import {sdmMappingFindings} from './sdm-mapping-checks.js';

/** A value shaped like an SDM code: a list's four capitals, `_`, the code (`IVLD_0001`, `ESDD_W1`). */
const SDM_CODE = /^([A-Z]{4})_[A-Za-z0-9]+$/;

/** A JSON Pointer (RFC 6901) to a place in the document. */
function pointerTo(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * The schema's problems, each at its place. A union (a page is a question page or a repeat page) that matches
 * none of its shapes says so through the shape it came nearest to: the one whose first problem lies deepest.
 */
function schemaFindings(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  base: ReadonlyArray<PropertyKey> = [],
): DefinitionFinding[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const depth = (branch: ReadonlyArray<z.core.$ZodIssue>) => Math.max(...branch.map((one) => one.path.length));
      const nearest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      return schemaFindings(nearest, path);
    }
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        pointer: pointerTo([...path, key]),
        message: `"${key}" is not part of a definition`,
      }));
    return [{pointer: pointerTo(path), message: issue.message}];
  });
}

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
 * (see {@link sdmMappingFindings}). No findings: the definition is sound. Each finding has a JSON
 * Pointer (`/pages/3/questions/0/label/cy`) and what to do.
 */
export function checkService(document: unknown): DefinitionFinding[] {
  const parsed = z.safeParse(serviceDefinitionSchema, document);
  if (!parsed.success) return schemaFindings(parsed.error.issues);
  const definition = parsed.data;
  return [
    ...definitionFindings(definition),
    ...codeFindings(definition),
    ...(definition.sdm ? sdmMappingFindings(definition.sdm, definition, sdmModel) : []),
  ];
}

export type {DefinitionFinding} from './definition-checks.js';

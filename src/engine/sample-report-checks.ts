import * as z from 'zod/mini';
import {documentSchemas} from '../generated/document-schemas.js';
import {sdmModel} from '../generated/sdm-model.js';
import {sdmBreaches} from '../sdm/conformance.js';
import type {Answer, Answers, Question, ServiceDefinition} from './definition.js';
import type {DefinitionFinding} from './definition-checks.js';
import {declaredSdm} from './sdm-mapping.js';

/** What a person could answer to a question: its first choice, or a plain value of its kind. */
function sampleAnswer(question: Question): Answer | undefined {
  switch (question.kind) {
    case 'radios':
    case 'select':
      return question.options[0].value;
    case 'checkboxes':
      return [question.options[0].value];
    case 'yes-no':
      return 'yes';
    case 'date':
      return '2026-01-02';
    case 'time':
      return '12:30';
    case 'email':
      return 'alex@example.com';
    case 'tel':
      return '07700 900982';
    case 'address':
      return {line1: '1 High Street', town: 'Chelmsford', postcode: 'CM1 1AA'};
    case 'files':
      // An upload's record needs an endpoint that took the file: the attachments are checked by their own rules.
      return undefined;
    default:
      return 'Example';
  }
}

/**
 * Answers to every question of every page, each its first choice ("yes" to a yes or no, one item for a repeat
 * page): the path that shows the most of a mapping.
 */
export function sampleAnswers(definition: ServiceDefinition): Answers {
  const answers: Record<string, Answer> = {};
  const answer = (questions: ReadonlyArray<Question>, into: Record<string, Answer>) => {
    for (const question of questions) {
      const value = sampleAnswer(question);
      if (value !== undefined) into[question.id] = value;
    }
  };
  for (const page of definition.pages) {
    if (page.kind !== 'repeat') answer(page.questions, answers);
    else {
      const item: Record<string, Answer> = {};
      answer(page.questions, item);
      answers[`${page.id}.any`] = 'yes';
      answers[page.id] = [item];
    }
  }
  return answers;
}

const CONTEXT = {
  forceCode: '42',
  submissionId: '00000000-0000-4000-8000-000000000000',
  submitTime: '2026-01-02T12:30:00+00:00',
  userAgent: 'check-service',
  submissionContent: 'The whole report',
};

/**
 * The report a definition would send with every question answered, held to the published SDM and, for a category
 * this package ships (OCR, ASB…), to what the endpoint requires of its reports: an attribute or relationship the
 * endpoint needs that the mapping never gives is found here, at `/sdm`.
 */
export function sampleReportFindings(definition: ServiceDefinition): DefinitionFinding[] {
  const document = declaredSdm(definition, sampleAnswers(definition), CONTEXT);
  const findings = sdmBreaches(document, sdmModel).map((breach) => ({
    pointer: '/sdm',
    message: `With every question answered, the report breaks the SDM at ${breach.pointer}: ${breach.detail}`,
  }));
  const rules = documentSchemas.find((candidate) => candidate.category === definition.category);
  const checked = rules && z.safeParse(rules.schema, document);
  for (const issue of checked?.error?.issues ?? []) {
    const at = `/${issue.path.join('/')}`;
    const given = issue.path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)?.[key], document);
    findings.push({
      pointer: '/sdm',
      message:
        given === undefined
          ? `The endpoint requires ${at} of a ${definition.category} report, and the mapping never gives it: map it`
          : `The endpoint's rules for a ${definition.category} report are not met at ${at}: ${issue.message}`,
    });
  }
  return findings;
}

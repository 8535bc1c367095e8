import * as z from 'zod/mini';
import type {Answers, Page, Question, SdmMapping, ServiceDefinition} from './definition.js';
import {anyKey} from './journey.js';
import {declaredSdm} from './sdm-mapping.js';
import type {ServiceSending} from './service-module.js';

/*
 * What a definition loaded at run time sends (`<soh-report-form src>`): it has no folder of its own with a schema
 * written for its answers, so the schema is made from its questions, and its SDM document is the one its `sdm`
 * declares. Loaded, like a service's `sending.ts`, once the person is on their way.
 */

/**
 * No mapping declared: an incident and its submission only. The report still arrives whole, as the submission's
 * `submissionContent` (every question and answer as text), for the back office to read.
 */
const NO_MAPPING: SdmMapping = {incident: {}, entities: []};

/** Longer than any field lets a person type (a textarea's `maxlength` is at most 4,000 characters). */
const text = z.string().check(z.maxLength(10_000));
const yesNo = z.enum(['yes', 'no']);
/** A file `<soh-media-upload>` uploaded, as the endpoint described it. */
const attachment = z.object({
  fileName: text,
  mediaType: text,
  size: z.number(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  url: z.url({protocol: /^https?$/}),
  captureTime: text,
  caption: z.optional(text),
});

/** What each kind of question's field gives as its value. */
function answerSchema(question: Question): z.ZodMiniType {
  switch (question.kind) {
    case 'radios':
    case 'select':
      return z.enum(question.options.map((option) => option.value));
    case 'checkboxes':
      return z.array(z.enum(question.options.map((option) => option.value)));
    case 'yes-no':
      return yesNo;
    case 'date':
      return z.iso.date();
    case 'time':
      return z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
    case 'address':
      return z.record(z.string(), z.optional(text));
    case 'files':
      return z.array(attachment);
    default:
      return text;
  }
}

/** The answers to `questions`; one that must be answered and is always asked is required. */
function shapeOf(questions: ReadonlyArray<Question>, alwaysAsked: boolean): Record<string, z.ZodMiniType> {
  return Object.fromEntries(
    questions.map((question) => {
      const schema = answerSchema(question);
      return [question.id, question.required && alwaysAsked && !question.when ? schema : z.optional(schema)];
    }),
  );
}

/**
 * The answers of a page: its questions', or for an "add another", whether there are any and the items. A page that is
 * not always asked (it has a condition, or is about the person in a report that may be anonymous) has none required.
 */
function pageShape(page: Page, mayBeAnonymous: boolean): Record<string, z.ZodMiniType> {
  if (page.kind !== 'repeat') return shapeOf(page.questions, !page.when && !(mayBeAnonymous && page.personal));
  const item = z.object(shapeOf(page.questions, true));
  return {
    [anyKey(page)]: page.when ? z.optional(yesNo) : yesNo,
    [page.id]: z.optional(z.array(item).check(z.minLength(1), z.maxLength(page.max))),
  };
}

/** The schema of a finished report's answers, made from the definition's questions. */
export function answersSchema(definition: ServiceDefinition): z.ZodMiniType {
  const mayBeAnonymous = definition.anonymous !== undefined;
  return z.object(
    Object.assign({}, ...definition.pages.map((page) => pageShape(page, mayBeAnonymous))) as Record<
      string,
      z.ZodMiniType
    >,
  );
}

/** What a loaded definition sends: its answers checked by {@link answersSchema}, as the SDM document it declares. */
export function definitionSending(definition: ServiceDefinition): ServiceSending {
  const mapping = {...definition, sdm: definition.sdm ?? NO_MAPPING};
  return {
    schema: answersSchema(definition),
    toSdm: (answers, context) => declaredSdm(mapping, answers as Answers, context),
  };
}

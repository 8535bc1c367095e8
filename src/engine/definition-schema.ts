import * as z from 'zod/mini';
import {PERSONAL_AUTOCOMPLETE} from './autocomplete-tokens.js';
import type {
  AttributeSource,
  Condition,
  EntityMapping,
  Page,
  Question,
  SdmMapping,
  ServiceDefinition,
} from './definition.js';

/*
 * A service definition as a document: the shape `definition.ts` types, checked at run time. A definition is data
 * from outside the library (a force's own service), so every object is strict (a misspelt key is an error, not
 * ignored), every text has both languages, and nothing in it is code, HTML or an address: text is shown as text.
 * `npm run build` publishes it as JSON Schema (`dist/schemas/service-definition.schema.json`).
 */

/** The version of the format, in the JSON Schema's `$id`: a change that breaks a definition is a new version. */
export const DEFINITION_FORMAT_VERSION = 1;

const text = z.string().check(z.regex(/\S/, 'Write this text: it is empty'), z.maxLength(4000));

/** Both languages, each written whole. */
const bilingual = z.strictObject({en: text, cy: text});

/** A question's or page's id: a name a person can read in the answers, never markup. */
const id = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, 'Use letters, digits and hyphens, from a letter'));

/** A question's id in a condition: a question, or a repeat page's first question (`vehicles.any`). */
const questionRef = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9-]{0,63}(\.any)?$/, 'Name a question by its id'));

/** A stored value: a code or a word, never display text. */
const value = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use letters, digits, "_" and "-"'));

export const conditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({question: questionRef, equals: value}),
  z.strictObject({question: questionRef, in: z.array(value).check(z.minLength(1))}),
  z.strictObject({question: questionRef, answered: z.boolean()}),
  z.strictObject({
    get all() {
      return z.array(conditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(conditionSchema).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return conditionSchema;
    },
  }),
]);

const yesNoWords = z.strictObject({yes: bilingual, no: bilingual});

const option = z.strictObject({value, label: bilingual, hint: z.optional(bilingual)});

const questionBase = {
  id,
  label: bilingual,
  hint: z.optional(bilingual),
  summaryLabel: z.optional(bilingual),
  required: z.optional(z.boolean()),
  requiredMessage: z.optional(bilingual),
  when: z.optional(conditionSchema),
};

/**
 * What a text box may ask the browser to fill in: a person's own name, contact details, job and address, or nothing.
 * Not a card number, a password or a one-time code: a definition from outside must not invite the browser to fill
 * those in and send them.
 */
const AUTOCOMPLETE = ['off', ...PERSONAL_AUTOCOMPLETE, 'organization', 'organization-title', 'country-name'] as const;

const maxlength = z.number().check(z.int(), z.minimum(1), z.maximum(4000));

export const questionSchema: z.ZodMiniType<Question> = z.discriminatedUnion('kind', [
  z.strictObject({
    ...questionBase,
    kind: z.enum(['text', 'email', 'tel']),
    autocomplete: z.optional(z.enum(AUTOCOMPLETE)),
    spellcheck: z.optional(z.boolean()),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('textarea'),
    errorLabel: z.optional(bilingual),
    maxlength: z.optional(maxlength),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.enum(['radios', 'checkboxes', 'select']),
    options: z.array(option).check(z.minLength(1), z.maxLength(400)),
  }),
  z.strictObject({...questionBase, kind: z.literal('yes-no'), answers: z.optional(yesNoWords)}),
  z.strictObject({
    ...questionBase,
    kind: z.literal('date'),
    errorLabel: z.optional(bilingual),
    past: z.optional(z.boolean()),
    autocomplete: z.optional(z.literal('bday')),
  }),
  z.strictObject({...questionBase, kind: z.literal('time'), errorLabel: z.optional(bilingual)}),
  z.strictObject({...questionBase, kind: z.literal('address')}),
  z.strictObject({...questionBase, kind: z.literal('files')}),
]);

const questions = z.array(questionSchema).check(z.maxLength(40));

const questionPage = z.strictObject({
  kind: z.optional(z.literal('questions')),
  id,
  title: z.optional(bilingual),
  intro: z.optional(bilingual),
  body: z.optional(z.array(bilingual).check(z.maxLength(20))),
  questions,
  when: z.optional(conditionSchema),
  draft: z.optional(z.literal(false)),
  personal: z.optional(z.literal(true)),
});

const repeatPage = z.strictObject({
  kind: z.literal('repeat'),
  id,
  ask: bilingual,
  askRequiredMessage: bilingual,
  askAnswers: yesNoWords,
  itemTitle: bilingual,
  itemName: bilingual,
  listTitle: bilingual,
  addAnother: bilingual,
  questions: questions.check(z.minLength(1)),
  summaryQuestion: id,
  max: z.number().check(z.int(), z.minimum(1), z.maximum(50)),
  when: z.optional(conditionSchema),
  draft: z.optional(z.literal(false)),
});

export const pageSchema: z.ZodMiniType<Page> = z.union([repeatPage, questionPage]);

/** An SDM name: an entity type, attribute or relationship, as the SDM spells it (`incidentLocation`). */
const sdmName = z.string().check(z.regex(/^[a-z][A-Za-z0-9]{0,63}$/, 'Use the SDM’s name, as it spells it'));

const constant = z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean()]);

/** A table from an answer's values to what each becomes. */
const table = <Target extends z.ZodMiniType>(target: Target) =>
  z.record(value, target).check(z.refine((entries) => Object.keys(entries).length > 0, 'Give at least one entry'));

const attributeSource: z.ZodMiniType<AttributeSource> = z.union([
  z.strictObject({
    answer: questionRef,
    except: z.optional(z.array(value).check(z.minLength(1))),
    equals: z.optional(value),
    map: z.optional(table(constant)),
    transform: z.optional(z.enum(['registration', 'whole-years'])),
    maxLength: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(4000))),
    list: z.optional(z.boolean()),
  }),
  z.strictObject({
    cases: z.array(z.strictObject({when: conditionSchema, value: constant})).check(z.minLength(1)),
    otherwise: z.optional(constant),
  }),
  z.strictObject({value: constant}),
]);

const derived = z.array(
  z.union([
    z.strictObject({transform: z.literal('incident-time'), date: id, time: z.optional(id)}),
    z.strictObject({transform: z.enum(['person-name', 'address']), answer: id}),
  ]),
);

const attributesMapping = {attributes: z.optional(z.record(sdmName, attributeSource)), derived: z.optional(derived)};

const relationship = z.strictObject({
  name: z.union([sdmName, z.strictObject({answer: questionRef, map: table(sdmName), otherwise: z.optional(sdmName)})]),
  from: z.optional(id),
  when: z.optional(conditionSchema),
});

const entityMapping: z.ZodMiniType<EntityMapping> = z.strictObject({
  type: sdmName,
  id: z.optional(id),
  relationships: z.array(relationship).check(z.minLength(1)),
  ...attributesMapping,
  when: z.optional(conditionSchema),
  forEach: z.optional(id),
  get related() {
    return z.optional(z.array(entityMapping));
  },
});

export const sdmMappingSchema: z.ZodMiniType<SdmMapping> = z.strictObject({
  incident: z.strictObject(attributesMapping),
  entities: z.array(entityMapping),
  submission: z.optional(
    z.strictObject({
      howInvolvedInCrime: z.optional(attributeSource),
      attachments: z.optional(z.array(id).check(z.minLength(1))),
    }),
  ),
});

export const serviceDefinitionSchema: z.ZodMiniType<ServiceDefinition> = z.strictObject({
  id,
  category: z.string().check(z.regex(/^[A-Z]{3}$/, 'Use the SDM submission category: three capital letters')),
  title: bilingual,
  draft: z.enum(['session', 'none']),
  pages: z.array(pageSchema).check(z.minLength(1), z.maxLength(100)),
  whatHappensNext: bilingual,
  sends: z.optional(z.enum(['report', 'application', 'feedback'])),
  exitPage: z.optional(z.union([z.boolean(), conditionSchema])),
  anonymous: z.optional(conditionSchema),
  notes: z.optional(
    z.array(z.string().check(z.regex(/\S/, 'Write this note: it is empty'), z.maxLength(2000))).check(z.maxLength(100)),
  ),
  follow: z.optional(conditionSchema),
  sdm: z.optional(sdmMappingSchema),
});

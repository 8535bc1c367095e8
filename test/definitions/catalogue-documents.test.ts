import {describe, expect, it} from 'vitest';
import {serviceDefinitions, serviceHandOffs} from '../../scripts/service-definitions.js';
import type {Answers, Question, ServiceDefinition} from '../../src/engine/definition.js';
import {isAnonymous, pagesInJourney} from '../../src/engine/journey.js';
import {sampleAnswers} from '../../src/engine/sample-report-checks.js';
import {declaredSdm} from '../../src/engine/sdm-mapping.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';

// Every service's SDM document on every branch one answer can take: the checker tries a report with every question
// answered by its first option; here each choice on each page is tried in turn, over that report, and the document
// held to the published SDM. An anonymous report carries nobody reporting and nothing the person said about themselves.

const definitions = await serviceDefinitions();
const context = {
  forceCode: '42',
  submissionId: '00000000-0000-4000-8000-000000000000',
  submitTime: '2026-01-02T12:30:00+00:00',
  userAgent: 'catalogue-documents',
  submissionContent: 'The whole report',
};

/** The values a question's answer can take, where they are a few: its options, or yes and no. */
function choicesOf(question: Question): string[] {
  if (question.kind === 'radios' || question.kind === 'select' || question.kind === 'checkboxes')
    return question.options.map((option) => option.value);
  return question.kind === 'yes-no' ? ['yes', 'no'] : [];
}

/** Each report one answer away from the sample: every choice of every question on a page (not inside an item). */
function branches(definition: ServiceDefinition): Array<{name: string; answers: Answers}> {
  const sample = sampleAnswers(definition);
  return [
    {name: 'every question answered', answers: sample},
    ...definition.pages.flatMap((page) =>
      page.kind === 'repeat'
        ? [{name: `${page.id}.any no`, answers: {...sample, [`${page.id}.any`]: 'no'}}]
        : page.questions.flatMap((question) =>
            choicesOf(question).map((value) => ({
              name: `${question.id} ${value}`,
              answers: {...sample, [question.id]: question.kind === 'checkboxes' ? [value] : value},
            })),
          ),
    ),
  ];
}

describe('the documents every service sends', () => {
  it('are those of every service, with a form, and the hand-offs send none', async () => {
    expect(definitions.length).toBe(17);
    expect((await serviceHandOffs()).map(({id}) => id)).toEqual(['dash-cam-wales', 'fraud', 'terrorism']);
  });

  for (const {id, definition} of definitions) {
    it(`${id}: on every branch one answer takes, every attribute, relationship and code is the published SDM’s`, () => {
      const tried = branches(definition);
      expect(tried.length).toBeGreaterThan(0);
      const breaking = tried.flatMap(({name, answers}) =>
        sdmBreaches(declaredSdm(definition, answers, context), sdmModel).map(
          (breach) => `${name}: ${breach.pointer} ${breach.detail}`,
        ),
      );
      expect(breaking).toEqual([]);
    });
  }

  const anonymous = definitions.filter(({definition}) => definition.anonymous);
  it('that may be anonymous are hate crime, sexual offences and tell us about', () => {
    expect(anonymous.map(({id}) => id)).toEqual(['hate-crime', 'sexual-offences', 'tell-us-about']);
  });

  for (const {id, definition} of anonymous) {
    it(`${id}: anonymous, carries no person reporting and none of the answers about the person`, () => {
      const condition = definition.anonymous!;
      expect('equals' in condition && 'question' in condition).toBe(true);
      const {question, equals} = condition as {question: string; equals: string};
      const personal = definition.pages.filter((page) => page.kind !== 'repeat' && page.personal);
      expect(personal.length).toBeGreaterThan(0);
      // What the person would have typed about themselves, each answer a word that cannot come from anywhere else.
      const typed = Object.fromEntries(
        personal.flatMap((page) =>
          page.questions
            .filter((asked) => choicesOf(asked).length === 0)
            .map((asked) => [asked.id, `typed-${asked.id}`]),
        ),
      );
      const answers = {...sampleAnswers(definition), ...typed, [question]: equals};
      expect(isAnonymous(definition, answers)).toBe(true);
      const document = declaredSdm(definition, answers, context);
      expect(sdmBreaches(document, sdmModel)).toEqual([]);
      expect(document.data.relationships?.personReporting).toBeUndefined();
      expect(pagesInJourney(definition, answers).filter((page) => personal.includes(page))).toEqual([]);
      expect(Object.keys(typed).length).toBeGreaterThan(0);
      expect(JSON.stringify(document)).not.toMatch(/typed-/);
      // Named, the same answers do reach the document: the check above could fail.
      const named = declaredSdm(definition, {...answers, [question]: 'a-name-given'}, context);
      expect(JSON.stringify(named)).toMatch(/typed-/);
    });
  }

  it('cite where their facts come from, and the hand-offs link only to https addresses', async () => {
    for (const {id, definition} of definitions.filter(({definition}) => definition.notes !== undefined))
      expect(definition.notes!.length, id).toBeGreaterThan(3);
    expect(definitions.filter(({definition}) => definition.notes).length).toBeGreaterThanOrEqual(10);
    for (const {id, handOff} of await serviceHandOffs()) {
      expect(new URL(handOff.link.href).protocol, id).toBe('https:');
      expect(handOff.notes.length, id).toBeGreaterThan(3);
    }
  });
});

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {everyService, serviceDefinitions} from '../../scripts/service-definitions.js';
import {collectPairs, readableXliff, xliffUnits} from '../../scripts/welsh-review.js';
import {root} from '../../scripts/tokens.js';
import {catalogueMsg, type Msg} from '../../src/core/localize/translator.js';
import {dateProblemMessage} from '../../src/fields/date-input/date-messages.js';
import type {DatePart, DateProblem} from '../../src/fields/date-input/date-parts.js';
import {tooLongMessage} from '../../src/fields/textarea/too-long-message.js';
import {timeProblemMessage} from '../../src/fields/time-input/time-messages.js';
import type {TimeProblem} from '../../src/fields/time-input/time-parts.js';
import {answerThisQuestion} from '../../src/fields/validation.js';
import {templates} from '../../src/generated/locales/cy.js';

// The tell-tale signs of a label pasted into a sentence, in every message a
// field or service can show, in both languages. Welsh mutates the word after
// "i" and "Rhowch" and joins "i" to an article ("i’r", "i’ch"): only a person,
// writing each message whole, gets that right.

/** A consonant soft mutation always changes (b, g and d are left out: they may be p, c and t already mutated). */
const UNMUTATED = String.raw`(?:p(?!h)|t(?!h)|c(?!h)|m|ll|rh)`;

const signs: ReadonlyArray<{what: string; pattern: RegExp}> = [
  {what: '"Rhaid i" before a capital (a label pasted in)', pattern: /\bRhaid i \p{Lu}/u},
  {what: 'no soft mutation after "Rhaid i"', pattern: new RegExp(String.raw`\bRhaid i ${UNMUTATED}`, 'iu')},
  {what: 'no soft mutation after "Rhowch"', pattern: new RegExp(String.raw`\bRhowch ${UNMUTATED}`, 'iu')},
  {what: '"i" twice (a Welsh subject pasted after "Rhaid i")', pattern: /\bi i[’' ]/iu},
  {what: 'a question mark mid-sentence (a question pasted in)', pattern: /\?\s+\p{Ll}/u},
  // docs/welsh.md: after "Ble" and "Pryd" the verb keeps its first letter, as written Welsh has it ("Ble digwyddodd").
  {what: 'a mutated verb after "Ble" or "Pryd"', pattern: /\b(?:Ble|Pryd) dd/u},
];

/** The signs a message shows: none for a well-written one. */
function signsIn(message: string): string[] {
  return signs.filter(({pattern}) => pattern.test(message)).map(({what}) => what);
}

const english: Msg = catalogueMsg(undefined);
const welsh: Msg = catalogueMsg(templates);

const dateParts: ReadonlyArray<DatePart[]> = [
  ['day'],
  ['month'],
  ['year'],
  ['day', 'month'],
  ['day', 'year'],
  ['month', 'year'],
];
const dateProblems: ReadonlyArray<DateProblem> = [
  {kind: 'year-digits'},
  {kind: 'not-real', parts: ['day']},
  {kind: 'not-past'},
  ...dateParts.map((parts): DateProblem => ({kind: 'missing', parts})),
];
const timeProblems: ReadonlyArray<TimeProblem> = [
  {kind: 'not-real', parts: ['hour']},
  {kind: 'missing', parts: ['hour']},
  {kind: 'missing', parts: ['minute']},
];

interface Bilingual {
  en: string;
  cy: string;
}

/** Every question in a definition, wherever it sits (pages, repeat pages). */
function questionsIn(value: unknown, found: Array<{kind: string; errorLabel?: Bilingual; maxlength?: number}> = []) {
  if (Array.isArray(value)) for (const item of value) questionsIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    const node = value as {kind?: unknown; id?: unknown};
    if (typeof node.kind === 'string' && typeof node.id === 'string') found.push(node as (typeof found)[number]);
    for (const child of Object.values(value)) questionsIn(child, found);
  }
  return found;
}

/** What a field shows about one question, in one language, for every problem it can have. */
function fieldMessages(
  question: {kind: string; errorLabel?: Bilingual; maxlength?: number},
  msg: Msg,
  lang: 'en' | 'cy',
) {
  const subject = question.errorLabel?.[lang] ?? '';
  if (question.kind === 'date') return dateProblems.map((problem) => dateProblemMessage(problem, subject, msg));
  if (question.kind === 'time') return timeProblems.map((problem) => timeProblemMessage(problem, subject, msg));
  if (question.kind === 'textarea' && question.maxlength) return [tooLongMessage(subject, question.maxlength, msg)];
  return [];
}

/** Every XLIFF message in both languages, its placeholders filled as the code fills them (a file name, a number). */
function catalogueMessages(): Array<{id: string; en: string; cy: string}> {
  const fill = (text: string) =>
    readableXliff(text).replace(/\$\{([^}]*)\}/g, (_all, expression: string) =>
      /name/i.test(expression) ? 'llun-y-drws.jpg' : '3',
    );
  return xliffUnits(readFileSync(path.join(root, 'locales/cy.xlf'), 'utf8'))
    .filter(({source}) => !source.includes('${subject}'))
    .map(({id, source, target}) => ({id, en: fill(source), cy: fill(target)}));
}

describe('Welsh and English written whole, never a label pasted into a sentence', () => {
  it('knows the signs: the broken wording the forms once showed is caught, the right wording is not', () => {
    for (const broken of [
      'Rhaid i Y dyddiad gynnwys mis',
      'Rhaid i Eich dyddiad geni gynnwys blwyddyn',
      'Rhaid i pob ffeil fod yn llai na 10 MB',
      'Rhaid i i’r dyddiad gynnwys mis',
      'Rhowch cyfeiriad e-bost',
      'Rhaid i llun.jpg fod yn llai na 10 MB',
      'What is happening? must be 2000 characters or less',
      'Rhaid i Beth sy’n digwydd? fod yn 2000 nod neu lai',
      'Ble ddigwyddodd y peth?',
    ])
      expect(signsIn(broken), broken).not.toEqual([]);
    for (const right of [
      'Rhaid i’r dyddiad y digwyddodd gynnwys mis',
      'Rhaid i’ch dyddiad geni fod heddiw neu yn y gorffennol',
      'Rhaid i ddyddiad y gwrthdrawiad gynnwys diwrnod',
      'Rhaid i chi ddewis un',
      'Rhowch gyfeiriad e-bost diogel',
      'Rhowch rif ffôn',
      'Your description must be 2000 characters or less',
    ])
      expect(signsIn(right), right).toEqual([]);
  });

  it('in every error a date, time or long answer shows, for every question of every service, in both languages', async () => {
    const found: string[] = [];
    let checked = 0;
    for (const {id, definition} of await serviceDefinitions()) {
      for (const question of questionsIn(definition)) {
        for (const [lang, msg] of [
          ['en', english],
          ['cy', welsh],
        ] as const) {
          for (const message of fieldMessages(question, msg, lang)) {
            checked++;
            for (const sign of signsIn(message)) found.push(`${id}: "${message}": ${sign}`);
          }
        }
      }
    }
    // Without a subject, the fields speak of "the date", "the time", "your answer".
    for (const [lang, msg] of [
      ['en', english],
      ['cy', welsh],
    ] as const)
      for (const message of [
        ...fieldMessages({kind: 'date'}, msg, lang),
        ...fieldMessages({kind: 'time'}, msg, lang),
        ...fieldMessages({kind: 'textarea', maxlength: 2000}, msg, lang),
        answerThisQuestion(msg),
      ]) {
        checked++;
        for (const sign of signsIn(message)) found.push(`no subject: "${message}": ${sign}`);
      }
    expect(checked).toBeGreaterThan(200);
    expect(found).toEqual([]);
  });

  it('in every Welsh subject, which is written as it follows "Rhaid"', async () => {
    const subjects = (await serviceDefinitions()).flatMap(({definition}) =>
      questionsIn(definition).flatMap((question) => (question.errorLabel ? [question.errorLabel.cy] : [])),
    );
    expect(subjects.length).toBeGreaterThanOrEqual(15);
    // "i" joined to its article or possessive ("i’r", "i’ch", "i’w"), or "i" and a word already mutated.
    expect(
      subjects.filter((subject) => !/^i(’[a-z]| )/.test(subject) || signsIn(`Rhaid ${subject}`).length > 0),
    ).toEqual([]);
  });

  it('in every text of every service definition and hand-off, in both languages', async () => {
    const pairs = (await everyService()).flatMap(({id, data}) => collectPairs(data, id));
    expect(pairs.length).toBeGreaterThan(400);
    const found = pairs.flatMap((pair) =>
      [pair.en, pair.cy].flatMap((text) => signsIn(text).map((sign) => `${pair.where}: "${text}": ${sign}`)),
    );
    expect(found).toEqual([]);
  });

  it('in every message of the catalogue, in both languages, with a file name or a number where the code puts one', () => {
    const messages = catalogueMessages();
    expect(messages.length).toBeGreaterThan(300);
    const found = messages.flatMap(({id, en, cy}) =>
      [en, cy].flatMap((text) => signsIn(text).map((sign) => `${id}: "${text}": ${sign}`)),
    );
    expect(found).toEqual([]);
  });
});

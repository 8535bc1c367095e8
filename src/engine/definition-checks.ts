import {PERSONAL_AUTOCOMPLETE} from './autocomplete-tokens.js';
import {holds} from './conditions.js';
import {CHECK, EMERGENCY, SENT} from './steps.js';
import type {Answer, Condition, EntityMapping, Question, ServiceDefinition} from './definition.js';

/** One problem in a service definition: where (a JSON Pointer into the document) and what to do about it. */
export interface DefinitionFinding {
  pointer: string;
  message: string;
}

/** What a question's answer can be, where it is one of a few: its options' values, or yes and no. */
function possibleValues(question: Question): ReadonlyArray<string> | undefined {
  if (question.kind === 'radios' || question.kind === 'checkboxes' || question.kind === 'select')
    return question.options.map((option) => option.value);
  if (question.kind === 'yes-no') return ['yes', 'no'];
  return undefined;
}

/** Every leaf of a condition (`question` with `equals`, `in` or `answered`), with the pointer to it. */
export function conditionLeaves(
  condition: Condition,
  pointer: string,
): Array<{leaf: Condition & {question: string}; pointer: string}> {
  if ('all' in condition)
    return condition.all.flatMap((part, index) => conditionLeaves(part, `${pointer}/all/${index}`));
  if ('any' in condition)
    return condition.any.flatMap((part, index) => conditionLeaves(part, `${pointer}/any/${index}`));
  if ('not' in condition) return conditionLeaves(condition.not, `${pointer}/not`);
  return [{leaf: condition, pointer}];
}

/** Whether a question asks for the person's own details: their name, email, telephone, address or date of birth. */
function asksWhoTheyAre(question: Question): boolean {
  if (question.kind === 'email' || question.kind === 'tel' || question.kind === 'address') return true;
  if (question.kind === 'date') return question.autocomplete === 'bday';
  return (
    'autocomplete' in question && (PERSONAL_AUTOCOMPLETE as ReadonlyArray<string>).includes(question.autocomplete ?? '')
  );
}

/** The form's own steps (the emergency question, check your answers, sent): a page cannot take their names. */
const FIXED_STEPS: ReadonlyArray<string> = [EMERGENCY, CHECK, SENT];

/**
 * How many conditions, at most, are tried answer by answer in one definition (each way of answering counted once for
 * each part of the condition): beyond it the rest are taken to hold, so no definition keeps a page waiting.
 */
const MOST_TRIED = 200_000;

/**
 * Whether any way of answering the questions a condition names makes it hold: each left unanswered, or given one of
 * its answers (several at once for checkboxes), or, for a question answered in words, any words (those the
 * condition names among them). `all` of "yes" and "no" to one question can never hold. `budget.left` counts down
 * the tries the whole definition may spend.
 */
function canHold(
  condition: Condition,
  asked: ReadonlyMap<string, ReadonlyArray<string> | undefined>,
  several: ReadonlySet<string>,
  budget: {left: number},
): boolean {
  const leaves = conditionLeaves(condition, '').map(({leaf}) => leaf);
  const named = [...new Set(leaves.map((leaf) => leaf.question))];
  const ways = named.map((id): Answer[] => {
    const mentioned = leaves.flatMap((leaf) =>
      leaf.question !== id ? [] : 'equals' in leaf ? [leaf.equals] : 'in' in leaf ? leaf.in : [],
    );
    const values = asked.get(id) ?? ['some words', ...mentioned];
    if (!several.has(id)) return ['', ...new Set(values)];
    const subsets =
      values.length <= 8
        ? Array.from({length: 2 ** values.length - 1}, (_, bits) => values.filter((__, at) => (bits + 1) & (1 << at)))
        : [...values.map((value) => [value]), mentioned];
    return ['', ...subsets];
  });
  const cost = ways.reduce((count, each) => count * each.length, 1) * leaves.length;
  if (cost > budget.left) return true;
  budget.left -= cost;
  const tryFrom = (index: number, answers: Record<string, Answer>): boolean =>
    index === named.length
      ? holds(condition, answers)
      : ways[index].some((way) => tryFrom(index + 1, {...answers, [named[index]]: way}));
  return tryFrom(0, {});
}

/**
 * What a definition that has the right shape can still get wrong, each with a JSON Pointer: a question id used
 * twice; a condition on a question that does not exist or is only asked later (so a page or question that can
 * never show); a condition on an answer the question cannot have; a repeat page's list naming a question it does
 * not ask; two options with one value; a required question with no message of its own (it would say only "Answer
 * this question"); a page with no heading (no title, and not one question); a condition whose parts can each hold
 * but no answers make hold together (a page never shown); a page or question named as one of the form's own steps,
 * as a name every object has (`constructor`), or a repeat page named as a question; in the SDM mapping, an entity
 * made for each item inside another made for each item. Where a report may be anonymous: a question for the person's
 * own details on a page not marked `personal` (it would still be asked), and an `anonymous` condition on a question of
 * a personal page (skipped once it holds). A service that always shows the exit control but keeps a draft.
 */
export function definitionFindings(definition: ServiceDefinition): DefinitionFinding[] {
  const findings: DefinitionFinding[] = [];
  /** The questions asked so far, in page order: what a condition may name. */
  const askedBefore = new Map<string, ReadonlyArray<string> | undefined>();
  /** The checkbox questions: answered with several values at once. */
  const several = new Set<string>();
  const budget = {left: MOST_TRIED};
  const everyQuestion = new Map<string, ReadonlyArray<string> | undefined>();
  const pageIds = new Set<string>();

  const checkCondition = (
    condition: Condition | undefined,
    pointer: string,
    asked: typeof askedBefore,
    never = 'so this is never shown',
  ) => {
    if (!condition) return;
    const before = findings.length;
    for (const {leaf, pointer: at} of conditionLeaves(condition, pointer)) {
      if (!asked.has(leaf.question)) {
        findings.push({
          pointer: `${at}/question`,
          message: everyQuestion.has(leaf.question)
            ? `"${leaf.question}" is asked later, so this condition is decided before it is answered: ask it earlier`
            : `No question has the id "${leaf.question}"`,
        });
        continue;
      }
      const possible = asked.get(leaf.question);
      const wanted = 'equals' in leaf ? [leaf.equals] : 'in' in leaf ? leaf.in : [];
      for (const value of wanted)
        if (possible && !possible.includes(value))
          findings.push({
            pointer: `${at}/${'equals' in leaf ? 'equals' : 'in'}`,
            message: `"${leaf.question}" cannot be answered "${value}" (its answers are ${possible.join(', ')}), so this never holds`,
          });
    }
    // Each part can hold, but perhaps not together.
    if (findings.length === before && !canHold(condition, asked, several, budget))
      findings.push({pointer, message: `No answers make this condition hold, ${never}`});
  };
  const checkQuestions = (
    questions: ReadonlyArray<Question>,
    pointer: string,
    asked: typeof askedBefore,
    ids: Set<string>,
  ) => {
    questions.forEach((question, index) => {
      const at = `${pointer}/${index}`;
      checkCondition(question.when, `${at}/when`, asked);
      if (ids.has(question.id)) findings.push({pointer: `${at}/id`, message: `The id "${question.id}" is used twice`});
      else if (question.id in Object.prototype)
        findings.push({
          pointer: `${at}/id`,
          message: `"${question.id}" is a name every object has already: choose another id`,
        });
      else if (question.id === EMERGENCY)
        findings.push({
          pointer: `${at}/id`,
          message: `"${EMERGENCY}" is the form's own first question: choose another id`,
        });
      ids.add(question.id);
      if (question.required && !question.requiredMessage)
        findings.push({
          pointer: `${at}/requiredMessage`,
          message: 'Say what to do when this is not answered, in both languages ("Enter…", "Select…")',
        });
      const values = possibleValues(question);
      values?.forEach((value, optionIndex) => {
        if (values.indexOf(value) !== optionIndex)
          findings.push({
            pointer: `${at}/options/${optionIndex}/value`,
            message: `Two options have the value "${value}"`,
          });
      });
      // A later question on the same page may depend on this one (a follow-up shown beneath it).
      asked.set(question.id, values);
      if (question.kind === 'checkboxes') several.add(question.id);
    });
  };

  // Every question, first, so a condition on a later one can say so.
  for (const page of definition.pages) {
    if (page.kind === 'repeat') everyQuestion.set(`${page.id}.any`, ['yes', 'no']);
    for (const question of page.questions) if (page.kind !== 'repeat') everyQuestion.set(question.id, undefined);
  }

  const questionIds = new Set<string>();
  definition.pages.forEach((page, index) => {
    const at = `/pages/${index}`;
    if (pageIds.has(page.id)) findings.push({pointer: `${at}/id`, message: `The page id "${page.id}" is used twice`});
    else if (page.id in Object.prototype)
      findings.push({
        pointer: `${at}/id`,
        message: `"${page.id}" is a name every object has already: choose another id`,
      });
    else if (page.kind === 'repeat' && everyQuestion.has(page.id))
      findings.push({
        pointer: `${at}/id`,
        message: `"${page.id}" is a question's id too, and the two would share one answer: choose another id`,
      });
    else if (FIXED_STEPS.includes(page.id))
      findings.push({pointer: `${at}/id`, message: `"${page.id}" is a step of the form's own: choose another id`});
    pageIds.add(page.id);
    checkCondition(page.when, `${at}/when`, askedBefore);
    if (page.kind === 'repeat') {
      // An item's questions may depend on each other, and on what was asked before the repeat.
      checkQuestions(page.questions, `${at}/questions`, new Map(askedBefore), new Set());
      if (!page.questions.some((question) => question.id === page.summaryQuestion))
        findings.push({
          pointer: `${at}/summaryQuestion`,
          message: `"${page.summaryQuestion}" is not one of this page's questions: name the one that names an item`,
        });
      askedBefore.set(`${page.id}.any`, ['yes', 'no']);
    } else {
      // A page's heading is its title, or its one question's label: focus goes to it when the page opens.
      if (!page.title && page.questions.length !== 1)
        findings.push({
          pointer: `${at}/title`,
          message: 'Give this page a title, its heading: only a page of one question takes its label as its heading',
        });
      checkQuestions(page.questions, `${at}/questions`, askedBefore, questionIds);
    }
  });
  checkCondition(definition.follow, '/follow', askedBefore, 'so the report is never offered to follow');
  if (typeof definition.exitPage === 'object')
    checkCondition(definition.exitPage, '/exitPage', askedBefore, 'so the exit control never shows');
  else if (definition.exitPage === true && definition.draft !== 'none')
    findings.push({
      pointer: '/draft',
      message: 'A service that always shows the exit control keeps nothing on the device: make its draft "none"',
    });
  if (definition.anonymous) {
    checkCondition(definition.anonymous, '/anonymous', askedBefore, 'so the report is never anonymous');
    findings.push(...anonymityFindings(definition));
  }
  // An entity made for each item, inside another made for each item, would make items × items entities.
  const repeatedWithin = (entities: ReadonlyArray<EntityMapping>, inRepeat: boolean, pointer: string): void =>
    entities.forEach((entity, index) => {
      const at = `${pointer}/${index}`;
      if (entity.forEach !== undefined && inRepeat)
        findings.push({
          pointer: `${at}/forEach`,
          message: 'An entity made once for each item cannot be inside another: declare it beside that one',
        });
      repeatedWithin(entity.related ?? [], inRepeat || entity.forEach !== undefined, `${at}/related`);
    });
  if (definition.sdm) repeatedWithin(definition.sdm.entities, false, '/sdm/entities');
  return findings;
}

/**
 * Where a report may be anonymous: its condition names only questions asked off the personal pages (which it skips),
 * and every question for the person's own details is on a personal page.
 */
function anonymityFindings(definition: ServiceDefinition): DefinitionFinding[] {
  const findings: DefinitionFinding[] = [];
  const personal = new Set<string>();
  definition.pages.forEach((page, pageIndex) => {
    page.questions.forEach((question, index) => {
      if (page.kind !== 'repeat' && page.personal) personal.add(question.id);
      else if (asksWhoTheyAre(question))
        findings.push({
          pointer: `/pages/${pageIndex}/questions/${index}`,
          message:
            'This asks for the person’s own details, and the report may be anonymous: put it on a page marked "personal": true, which an anonymous report skips',
        });
    });
  });
  for (const {leaf, pointer} of conditionLeaves(definition.anonymous!, '/anonymous'))
    if (personal.has(leaf.question))
      findings.push({
        pointer: `${pointer}/question`,
        message: `"${leaf.question}" is on a personal page, which an anonymous report skips: ask it on another page`,
      });
  return findings;
}

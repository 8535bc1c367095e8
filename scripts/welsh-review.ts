/**
 * Which Welsh a Welsh speaker has reviewed, and which is a draft or has
 * changed since: pure functions, shared by `localize-extract.ts` (which keeps
 * the XLIFF's review states across `lit-localize extract`), `localize-report.ts`
 * and the tests.
 *
 * Two kinds of Welsh text, two records of review:
 * - `locales/cy.xlf`: each `<target>`'s `state` (and `state-qualifier`), as XLIFF 1.2 defines them.
 * - the `{en, cy}` pairs in the service definitions and `src/sdm/choices.json`: the ledger
 *   `locales/cy-reviewed.json`, keyed by the text itself, so a pair whose English or Welsh changes is no longer
 *   reviewed without anyone having to remember to say so.
 */

/** Words in both languages: the engine's `Bilingual`. */
export interface Pair {
  en: string;
  cy: string;
}

/** A pair and where it is: `crime › pages[3].questions[0].label`. */
export interface LocatedPair extends Pair {
  where: string;
}

/** One pair a Welsh speaker has signed off: who, and when (`YYYY-MM-DD`). */
export interface LedgerEntry extends Pair {
  by: string;
  on: string;
}

/** `locales/cy-reviewed.json`. */
export interface Ledger {
  about: string;
  reviewed: LedgerEntry[];
}

/**
 * A pair's review state: `reviewed` (this English with this Welsh is signed off), `english-changed` (its Welsh was
 * signed off with other English), `welsh-changed` (its English was signed off with other Welsh) or `draft`.
 */
export type PairState = 'reviewed' | 'english-changed' | 'welsh-changed' | 'draft';

/** An XLIFF message's review state (XLIFF records no change of Welsh, only of English). */
export type XliffReviewState = 'reviewed' | 'english-changed' | 'draft';

/** A `<target>`'s review attributes. */
export interface UnitState {
  state: string;
  qualifier?: string;
}

/** One `<trans-unit>` with a target, its text as written in the XLIFF (placeholders and entities included). */
export interface XliffUnit {
  id: string;
  source: string;
  target: string;
  state?: string;
  qualifier?: string;
}

const separator = ' › ';

function isPair(value: object): value is Pair {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>).en === 'string' &&
    typeof (value as Record<string, unknown>).cy === 'string'
  );
}

function step(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * Every object in `value` whose keys are exactly `en` and `cy` (both strings), each with where it is: `where`, then
 * ` › ` and the path to it (`crime › pages[3].questions[0].label`). A pair used in two places is found in both, as a
 * person reads it in both; an object that contains itself is walked once.
 */
export function collectPairs(value: unknown, where: string): LocatedPair[] {
  const found: LocatedPair[] = [];
  // Only the objects on the way down: a shared object (one yes/no wording used by several questions) is not a cycle.
  const onTheWay = new Set<object>();
  const visit = (node: unknown, path: string): void => {
    if (typeof node !== 'object' || node === null || onTheWay.has(node)) return;
    if (isPair(node)) {
      found.push({where: path ? `${where}${separator}${path}` : where, en: node.en, cy: node.cy});
      return;
    }
    onTheWay.add(node);
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${path}[${index}]`));
    else for (const [key, child] of Object.entries(node)) visit(child, step(path, key));
    onTheWay.delete(node);
  };
  visit(value, '');
  return found;
}

/**
 * The pairs of `src/sdm/choices.json`: each choice's `en` and `cy`, at `where › list.choice`. Its other keys (`sdm`,
 * `cyReviewed`) would hide the pair from `collectPairs`, so the choices are read by their known shape.
 */
export function choicePairs(choices: Record<string, unknown>, where: string): LocatedPair[] {
  const found: LocatedPair[] = [];
  for (const [list, value] of Object.entries(choices)) {
    if (list.startsWith('$') || typeof value !== 'object' || value === null) continue;
    const listChoices = (value as {choices?: Record<string, {en?: unknown; cy?: unknown}>}).choices ?? {};
    for (const [key, choice] of Object.entries(listChoices))
      if (typeof choice.en === 'string' && typeof choice.cy === 'string')
        found.push({where: `${where}${separator}${step(step('', list), key)}`, en: choice.en, cy: choice.cy});
  }
  return found;
}

/**
 * Whether `pair` is reviewed, by the ledger: `reviewed` when this exact English and Welsh are in it; else
 * `english-changed` when its Welsh is there with other English; else `welsh-changed` when its English is there with
 * other Welsh; else `draft`. Keyed by the text, so changing a reviewed pair's English makes it unreviewed by itself.
 */
export function pairState(pair: Pair, ledger: Ledger): PairState {
  const entries = ledger.reviewed;
  if (entries.some((entry) => entry.en === pair.en && entry.cy === pair.cy)) return 'reviewed';
  if (entries.some((entry) => entry.cy === pair.cy)) return 'english-changed';
  if (entries.some((entry) => entry.en === pair.en)) return 'welsh-changed';
  return 'draft';
}

/**
 * The ledger, checked: a hand-edited file with a misspelt key would otherwise count its pairs as drafts in silence.
 * Throws, naming the entry, when it is not `{about, reviewed: [{en, cy, by, on: 'YYYY-MM-DD'}]}`.
 */
export function parseLedger(json: unknown): Ledger {
  const problem = (message: string) => new Error(`locales/cy-reviewed.json: ${message}`);
  if (typeof json !== 'object' || json === null) throw problem('is not an object');
  const {about, reviewed} = json as {about?: unknown; reviewed?: unknown};
  if (typeof about !== 'string') throw problem('has no "about" string');
  if (!Array.isArray(reviewed)) throw problem('has no "reviewed" list');
  reviewed.forEach((entry: unknown, index) => {
    const fields = (entry ?? {}) as Record<string, unknown>;
    for (const field of ['en', 'cy', 'by', 'on'])
      if (typeof fields[field] !== 'string' || fields[field].trim() === '')
        throw problem(`reviewed[${index}] has no "${field}"`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.on as string)) throw problem(`reviewed[${index}].on is not YYYY-MM-DD`);
  });
  return {about, reviewed: reviewed as LedgerEntry[]};
}

/** A new pattern for one `<trans-unit>` with a target: id, source, the target's attributes, target. */
export function xliffUnitPattern(): RegExp {
  return /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target\b([^>]*)>([\s\S]*?)<\/target>/g;
}

/** A `<target>`'s `state` and `state-qualifier`, in whatever order a translator's tool wrote them. */
export function targetAttributes(attributes: string): Partial<UnitState> {
  const found = Object.fromEntries(
    [...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
  );
  return {state: found.state, qualifier: found['state-qualifier']};
}

/** The opening `<target>` tag for a state. */
export function targetTag({state, qualifier}: UnitState): string {
  return `<target state="${state}"${qualifier ? ` state-qualifier="${qualifier}"` : ''}>`;
}

/** Every `<trans-unit>` with a target in an XLIFF 1.2 file. */
export function xliffUnits(xliff: string): XliffUnit[] {
  return [...xliff.matchAll(xliffUnitPattern())].map(([, id, source, attributes, target]) => ({
    id,
    source,
    target,
    ...targetAttributes(attributes),
  }));
}

const reviewedStates = new Set(['final', 'signed-off']);

/**
 * An XLIFF message's review state from its target's attributes: `final` or `signed-off` is reviewed;
 * `needs-review-translation` with `state-qualifier="id-match"` is English changed since review (the Welsh is matched
 * to the message by its id, from earlier English that was reviewed); any other state, or none, is a draft.
 */
export function xliffReviewState(unit: Partial<UnitState>): XliffReviewState {
  if (unit.state && reviewedStates.has(unit.state)) return 'reviewed';
  if (unit.state === 'needs-review-translation' && unit.qualifier === 'id-match') return 'english-changed';
  return 'draft';
}

/**
 * A message's state after `lit-localize extract`, from its state before and its English now. Unchanged English keeps
 * its state and qualifier. Changed English under reviewed Welsh (or Welsh whose English had already changed since
 * review) becomes `needs-review-translation` with `state-qualifier="id-match"`, so the report can say it changed
 * since review; changed English under a draft stays a plain `needs-review-translation`. A message with no state
 * before is a new one: a draft.
 */
export function stateAfterExtract(
  previous: (Partial<UnitState> & {source: string}) | undefined,
  sourceNow: string,
): UnitState {
  if (!previous) return {state: 'needs-review-translation'};
  // lit-localize writes no state; a target without one was written by hand, so it counts as translated (a draft).
  const state = previous.state ?? 'translated';
  if (previous.source === sourceNow) return previous.qualifier ? {state, qualifier: previous.qualifier} : {state};
  if (xliffReviewState({state, qualifier: previous.qualifier}) === 'draft') return {state: 'needs-review-translation'};
  return {state: 'needs-review-translation', qualifier: 'id-match'};
}

/**
 * `extracted` (what `lit-localize extract` wrote, which drops every target's attributes) with each target's review
 * state put back, from `before` (the file as it was) by `stateAfterExtract`.
 */
export function restoreStates(before: string, extracted: string): string {
  const previous = new Map(xliffUnits(before).map((unit) => [unit.id, unit]));
  return extracted.replace(xliffUnitPattern(), (whole, id: string, source: string) =>
    // A function, not a replacement string: `$&` or `$1` in the Welsh would otherwise be expanded.
    whole.replace(/<target\b[^>]*>/, () => targetTag(stateAfterExtract(previous.get(id), source))),
  );
}

/** XLIFF text as a person reads it: a placeholder as the code it stands for (`${remaining}`), entities decoded. */
export function readableXliff(text: string): string {
  return text
    .replace(/<x\b[^>]*\bequiv-text="([^"]*)"[^>]*\/>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

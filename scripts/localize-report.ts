/**
 * How much of the Welsh a Welsh speaker has reviewed: `npm run localize:report`.
 *
 * Counts, for the XLIFF messages (their `state`), each service's definition
 * and the SDM choices (the ledger `locales/cy-reviewed.json`), the Welsh texts
 * that are reviewed, drafts, or changed since review, then lists those that
 * changed. `--drafts` prints instead every draft as a JSON line
 * (`{"where","en","cy"}`) for a translator to work through. Always exits 0:
 * drafts are work to do, not a failure.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {
  choicePairs,
  collectPairs,
  parseLedger,
  pairState,
  readableXliff,
  xliffReviewState,
  xliffUnits,
  type Ledger,
  type LocatedPair,
  type PairState,
} from './welsh-review.js';
import {everyService} from './service-definitions.js';

// Not tokens.js's `root`: that would load Style Dictionary for a path.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ledgerFile = 'locales/cy-reviewed.json';

/** One row of the report: where the texts are, and each text with its state. */
export interface WelshSource {
  name: string;
  texts: Array<LocatedPair & {state: PairState}>;
}

type Choices = Record<string, {choices?: Record<string, {en: string; cy: string; cyReviewed?: boolean}>}>;

function readChoices(): Choices {
  return JSON.parse(readFileSync(path.join(root, 'src/sdm/choices.json'), 'utf8'));
}

/**
 * The SDM choices whose own flag says `"cyReviewed": true` but whose pair the ledger has not signed off: the flag
 * does not notice when the English changes, so the two can disagree.
 */
function flaggedNotInLedger(ledger: Ledger): string[] {
  const found: string[] = [];
  for (const [list, {choices = {}}] of Object.entries(readChoices()))
    for (const [key, choice] of Object.entries(choices))
      if (choice.cyReviewed === true && pairState(choice, ledger) !== 'reviewed')
        found.push(`sdm choices › ${list}.${key}: ${choice.en} / ${choice.cy}`);
  return found;
}

/** The ledger of signed-off pairs. */
export function readLedger(): Ledger {
  return parseLedger(JSON.parse(readFileSync(path.join(root, ledgerFile), 'utf8')));
}

/** All the Welsh, where it is, with its review state. */
export async function welshSources(ledger = readLedger()): Promise<WelshSource[]> {
  const withState = (pairs: LocatedPair[]) => pairs.map((pair) => ({...pair, state: pairState(pair, ledger)}));
  const xliff = xliffUnits(readFileSync(path.join(root, 'locales/cy.xlf'), 'utf8')).map((unit) => ({
    where: `cy.xlf › ${unit.id}`,
    en: readableXliff(unit.source),
    cy: readableXliff(unit.target),
    state: xliffReviewState(unit) as PairState,
  }));
  const services = (await everyService()).map(({id, data}) => ({
    name: `${id} definition`,
    texts: withState(collectPairs(data, id)),
  }));
  return [
    {name: 'XLIFF messages', texts: xliff},
    ...services,
    {name: 'SDM choices', texts: withState(choicePairs(readChoices(), 'sdm choices'))},
  ];
}

const isChanged = (state: PairState) => state === 'english-changed' || state === 'welsh-changed';

function table(sources: WelshSource[]): string {
  const header = ['where', 'Welsh texts', 'reviewed', 'drafts', 'changed since review'];
  const row = (name: string, texts: WelshSource['texts']) => [
    name,
    String(texts.length),
    String(texts.filter((text) => text.state === 'reviewed').length),
    String(texts.filter((text) => text.state === 'draft').length),
    String(texts.filter((text) => isChanged(text.state)).length),
  ];
  const everything = sources.flatMap((source) => source.texts);
  const rows = [header, ...sources.map((source) => row(source.name, source.texts)), row('total', everything)];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
  return rows
    .map((cells) =>
      cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]))).join('  '),
    )
    .join('\n');
}

function changedSinceReview(sources: WelshSource[], ledger: Ledger): string {
  const changed = sources.flatMap((source) => source.texts).filter((text) => isChanged(text.state));
  if (changed.length === 0) return 'Changed since review: none.';
  const lines = [`Changed since review (${changed.length}):`];
  for (const text of changed) {
    lines.push('', text.where, `  English: ${text.en}`, `  Welsh:   ${text.cy}`);
    // What was signed off, so the translator sees what changed.
    if (text.state === 'english-changed')
      for (const entry of ledger.reviewed.filter((entry) => entry.cy === text.cy))
        lines.push(`  reviewed with English: ${entry.en} (${entry.by}, ${entry.on})`);
    if (text.state === 'welsh-changed')
      for (const entry of ledger.reviewed.filter((entry) => entry.en === text.en))
        lines.push(`  reviewed Welsh: ${entry.cy} (${entry.by}, ${entry.on})`);
    if (text.where.startsWith('cy.xlf')) lines.push('  (its English changed after its Welsh was reviewed)');
  }
  return lines.join('\n');
}

/** Each draft once, as a JSON line; a pair found in several places is signed off once, so it is listed once. */
function draftLines(sources: WelshSource[]): string {
  const drafts = new Map<string, {where: string; en: string; cy: string; places: number}>();
  // The SDM choices first: the definitions show their wording too (through src/generated/sdm-choices.ts), but
  // src/sdm/choices.json is where it is written, so that is where a draft of it should send the translator.
  const choicesFirst = [...sources].sort((a, b) => Number(b.name === 'SDM choices') - Number(a.name === 'SDM choices'));
  for (const text of choicesFirst.flatMap((source) => source.texts)) {
    if (text.state !== 'draft') continue;
    const key = JSON.stringify([text.where.startsWith('cy.xlf') ? text.where : '', text.en, text.cy]);
    const seen = drafts.get(key);
    if (seen) seen.places += 1;
    else drafts.set(key, {where: text.where, en: text.en, cy: text.cy, places: 1});
  }
  return [...drafts.values()]
    .map(({where, en, cy, places}) =>
      JSON.stringify({where: places > 1 ? `${where} (and ${places - 1} more)` : where, en, cy}),
    )
    .join('\n');
}

async function main(): Promise<void> {
  const ledger = readLedger();
  const sources = await welshSources(ledger);
  if (process.argv.includes('--drafts')) {
    console.log(draftLines(sources));
    return;
  }
  const pairs = sources.slice(1).flatMap((source) => source.texts);
  const distinct = new Set(pairs.map((pair) => JSON.stringify([pair.en, pair.cy]))).size;
  const flagged = flaggedNotInLedger(ledger);
  console.log(
    [
      'Welsh review. XLIFF messages: by their state in locales/cy.xlf (final or signed-off is reviewed).',
      `Definitions and SDM choices: by the ledger ${ledgerFile} (${ledger.reviewed.length} signed-off pairs).`,
      '',
      table(sources),
      '',
      `Outside the XLIFF: ${pairs.length} texts, ${distinct} different English and Welsh pairs; a pair is signed off once,`,
      'wherever it is. The SDM choices are counted again in the definitions that offer them.',
      ...(flagged.length > 0
        ? [`${flagged.length} SDM choices say "cyReviewed": true in src/sdm/choices.json but are not in the ledger:`]
        : []),
      ...flagged.map((line) => `  ${line}`),
      '',
      changedSinceReview(sources, ledger),
      '',
      'Every draft, as JSON lines: npx tsx scripts/localize-report.ts --drafts',
    ].join('\n'),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();

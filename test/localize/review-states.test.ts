import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readLedger} from '../../scripts/localize-report.js';
import {everyService} from '../../scripts/service-definitions.js';
import {root} from '../../scripts/tokens.js';
import {
  choicePairs,
  collectPairs,
  pairState,
  parseLedger,
  readableXliff,
  restoreStates,
  stateAfterExtract,
  xliffReviewState,
  xliffUnits,
  type Ledger,
} from '../../scripts/welsh-review.js';

const ledger = (...pairs: Array<[string, string]>): Ledger => ({
  about: 'test',
  reviewed: pairs.map(([en, cy]) => ({en, cy, by: 'Translator', on: '2026-01-01'})),
});

describe('pairState', () => {
  const signedOff = ledger(['Where did it happen?', 'Ble digwyddodd e?']);

  it('is reviewed when the exact English and Welsh are in the ledger', () => {
    expect(pairState({en: 'Where did it happen?', cy: 'Ble digwyddodd e?'}, signedOff)).toBe('reviewed');
  });

  it('is no longer reviewed once the English of a reviewed pair changes: english-changed', () => {
    expect(pairState({en: 'Where did this happen?', cy: 'Ble digwyddodd e?'}, signedOff)).toBe('english-changed');
  });

  it('is welsh-changed when the English was signed off with other Welsh', () => {
    expect(pairState({en: 'Where did it happen?', cy: 'Ble ddigwyddodd hyn?'}, signedOff)).toBe('welsh-changed');
  });

  it('is a draft when neither language is in the ledger, and with an empty ledger', () => {
    expect(pairState({en: 'When did it happen?', cy: 'Pryd digwyddodd e?'}, signedOff)).toBe('draft');
    expect(pairState({en: 'Where did it happen?', cy: 'Ble digwyddodd e?'}, ledger())).toBe('draft');
  });
});

describe('collectPairs', () => {
  it('finds pairs nested in objects and arrays, with where each is', () => {
    const definition = {
      title: {en: 'Report a crime', cy: 'Rhoi gwybod am drosedd'},
      pages: [{id: 'a'}, {questions: [{label: {en: 'Name', cy: 'Enw'}, hint: {en: 'Full name', cy: 'Enw llawn'}}]}],
    };
    expect(collectPairs(definition, 'crime')).toEqual([
      {where: 'crime › title', en: 'Report a crime', cy: 'Rhoi gwybod am drosedd'},
      {where: 'crime › pages[1].questions[0].label', en: 'Name', cy: 'Enw'},
      {where: 'crime › pages[1].questions[0].hint', en: 'Full name', cy: 'Enw llawn'},
    ]);
  });

  it('ignores objects with keys besides en and cy, or whose en or cy is not a string', () => {
    const value = {
      choice: {en: 'Yes', cy: 'Ie', cyReviewed: false},
      half: {en: 'No'},
      notText: {en: 'No', cy: 3},
    };
    expect(collectPairs(value, 'x')).toEqual([]);
  });

  it('finds a pair shared by two places in both, and survives a cycle', () => {
    const shared = {en: 'Yes', cy: 'Oes'};
    const page: Record<string, unknown> = {yes: shared, again: shared};
    page.self = page;
    page.children = [page, {parent: page}];
    expect(collectPairs(page, 'p').map((pair) => pair.where)).toEqual(['p › yes', 'p › again']);
  });
});

describe('choicePairs', () => {
  it('reads each choice of src/sdm/choices.json as a pair, leaving out $comment', () => {
    const choices = {
      $comment: 'about',
      involvement: {about: 'x', sdmList: 'IVLD', choices: {victim: {sdm: 'v', en: 'Me', cy: 'Fi', cyReviewed: false}}},
    };
    expect(choicePairs(choices, 'sdm choices')).toEqual([
      {where: 'sdm choices › involvement.victim', en: 'Me', cy: 'Fi'},
    ]);
  });
});

describe('the XLIFF review states', () => {
  it('reads final and signed-off as reviewed, id-match as English changed, anything else as a draft', () => {
    expect(xliffReviewState({state: 'final'})).toBe('reviewed');
    expect(xliffReviewState({state: 'signed-off'})).toBe('reviewed');
    expect(xliffReviewState({state: 'needs-review-translation', qualifier: 'id-match'})).toBe('english-changed');
    for (const state of ['needs-review-translation', 'translated', 'new', undefined])
      expect(xliffReviewState({state})).toBe('draft');
  });

  it('after extract: reviewed Welsh whose English changed needs review, qualified id-match', () => {
    for (const state of ['final', 'signed-off'])
      expect(stateAfterExtract({source: 'Old English', state}, 'New English')).toEqual({
        state: 'needs-review-translation',
        qualifier: 'id-match',
      });
  });

  it('after extract: a draft whose English changed needs review, with no qualifier', () => {
    for (const state of ['needs-review-translation', 'translated', 'new', undefined])
      expect(stateAfterExtract({source: 'Old English', state}, 'New English')).toEqual({
        state: 'needs-review-translation',
      });
  });

  it('after extract: Welsh already changed since review stays so when its English changes again', () => {
    expect(
      stateAfterExtract({source: 'Old', state: 'needs-review-translation', qualifier: 'id-match'}, 'Newer'),
    ).toEqual({state: 'needs-review-translation', qualifier: 'id-match'});
  });

  it('after extract: unchanged English keeps its state and qualifier; a new message is a draft', () => {
    expect(stateAfterExtract({source: 'Same', state: 'final'}, 'Same')).toEqual({state: 'final'});
    expect(
      stateAfterExtract({source: 'Same', state: 'needs-review-translation', qualifier: 'id-match'}, 'Same'),
    ).toEqual({state: 'needs-review-translation', qualifier: 'id-match'});
    expect(stateAfterExtract(undefined, 'New')).toEqual({state: 'needs-review-translation'});
  });

  it('reads units whatever the order of their target attributes, and shows placeholders as their code', () => {
    const xliff = `<trans-unit id="a">
  <source>Press <x id="0" equiv-text="\${n}"/> &amp; go</source><target state-qualifier="id-match" state="needs-review-translation">Pwyswch <x id="0" equiv-text="\${n}"/></target>
</trans-unit>`;
    const [unit] = xliffUnits(xliff);
    expect(unit).toMatchObject({id: 'a', state: 'needs-review-translation', qualifier: 'id-match'});
    expect(readableXliff(unit.source)).toBe('Press ${n} & go');
  });

  it('lit-localize extract, then restoreStates, writes the rule into the real XLIFF', () => {
    // The committed file, as if some messages had been reviewed and some English had changed since.
    const committed = readFileSync(path.join(root, 'locales/cy.xlf'), 'utf8');
    const [reviewedChanged, draftChanged, reviewedSame, idMatchSame] = xliffUnits(committed).map((unit) => unit.id);
    const edit = (xliff: string, id: string, source: string | undefined, target: string) =>
      xliff.replace(
        new RegExp(`(<trans-unit id="${id}">\\s*<source>)([\\s\\S]*?)(</source>\\s*)<target\\b[^>]*>`),
        (_whole, open: string, was: string, close: string) => `${open}${source ?? was}${close}${target}`,
      );
    let before = edit(committed, reviewedChanged, 'Earlier English', '<target state="final">');
    before = edit(before, draftChanged, 'Earlier English', '<target state="needs-review-translation">');
    before = edit(before, reviewedSame, undefined, '<target state="signed-off">');
    before = edit(
      before,
      idMatchSame,
      undefined,
      '<target state="needs-review-translation" state-qualifier="id-match">',
    );

    const scratch = mkdtempSync(path.join(tmpdir(), 'soh-xliff-states-'));
    writeFileSync(path.join(scratch, 'cy.xlf'), before);
    const config = JSON.parse(readFileSync(path.join(root, 'lit-localize.json'), 'utf8'));
    config.interchange.xliffDir = scratch;
    config.inputFiles = config.inputFiles.map((glob: string) => path.join(root, glob));
    writeFileSync(path.join(scratch, 'lit-localize.json'), JSON.stringify(config));
    execFileSync(
      path.join(root, 'node_modules/.bin/lit-localize'),
      ['extract', '--config', path.join(scratch, 'lit-localize.json')],
      {cwd: root, stdio: 'pipe'},
    );
    const extracted = readFileSync(path.join(scratch, 'cy.xlf'), 'utf8');
    // Why the script exists: lit-localize leaves `final` over English nobody reviewed.
    expect(xliffUnits(extracted).find((unit) => unit.id === reviewedChanged)?.state).toBe('final');

    const after = new Map(xliffUnits(restoreStates(before, extracted)).map((unit) => [unit.id, unit]));
    const stateOf = (id: string) => ({state: after.get(id)?.state, qualifier: after.get(id)?.qualifier});
    expect(stateOf(reviewedChanged)).toEqual({state: 'needs-review-translation', qualifier: 'id-match'});
    expect(stateOf(draftChanged)).toEqual({state: 'needs-review-translation', qualifier: undefined});
    expect(stateOf(reviewedSame)).toEqual({state: 'signed-off', qualifier: undefined});
    expect(stateOf(idMatchSame)).toEqual({state: 'needs-review-translation', qualifier: 'id-match'});
    // The Welsh itself is untouched.
    expect(after.get(reviewedChanged)?.target).toBe(xliffUnits(committed)[0].target);
  });
});

describe('the real Welsh', () => {
  it('the service definitions and hand-offs hold more than 400 pairs, every one with Welsh', async () => {
    const pairs = (await everyService()).flatMap(({id, data}) => collectPairs(data, id));
    expect(pairs.length).toBeGreaterThan(400);
    expect(pairs.filter((pair) => pair.cy.trim() === '').map((pair) => pair.where)).toEqual([]);
  });

  it('the ledger is well formed, and a malformed entry is refused', () => {
    expect(readLedger().reviewed.every((entry) => /^\d{4}-\d{2}-\d{2}$/.test(entry.on))).toBe(true);
    expect(() => parseLedger({about: 'x', reviewed: [{en: 'Yes', cy: 'Ie', by: 'A', on: '1/1/2026'}]})).toThrow(
      /reviewed\[0\]\.on/,
    );
    expect(() => parseLedger({about: 'x', reviewed: [{en: 'Yes', cy: 'Ie', on: '2026-01-01'}]})).toThrow(/"by"/);
  });
});

import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {root} from '../../scripts/tokens.js';

// A target's attributes in any order: the extract writes `state` and, for Welsh reviewed before its English changed,
// `state-qualifier` (scripts/welsh-review.ts).
const unitPattern =
  /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target\b([^>]*)>([\s\S]*?)<\/target>)?/g;

function units(xliff: string) {
  return [...xliff.matchAll(unitPattern)].map(([, id, source, attributes, target]) => ({
    id,
    source,
    state: attributes?.match(/\bstate="([^"]*)"/)?.[1],
    qualifier: attributes?.match(/\bstate-qualifier="([^"]*)"/)?.[1],
    target,
  }));
}

describe('the Welsh translation', () => {
  const committed = units(readFileSync(path.join(root, 'locales/cy.xlf'), 'utf8'));

  it('has a Welsh target for every message', () => {
    expect(committed.length).toBeGreaterThan(0);
    expect(committed.filter((unit) => !unit.target?.trim()).map((unit) => unit.id)).toEqual([]);
  });

  it('matches the source: every msg() in the code is in the XLIFF, with its current English', () => {
    // Extract afresh into a scratch folder and compare with what is committed.
    const scratch = mkdtempSync(path.join(tmpdir(), 'soh-xliff-'));
    const config = JSON.parse(readFileSync(path.join(root, 'lit-localize.json'), 'utf8'));
    config.interchange.xliffDir = scratch;
    const configFile = path.join(scratch, 'lit-localize.json');
    writeFileSync(
      configFile,
      JSON.stringify({...config, inputFiles: config.inputFiles.map((glob: string) => path.join(root, glob))}),
    );
    execFileSync(path.join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', configFile], {
      cwd: root,
      stdio: 'pipe',
    });
    const fresh = units(readFileSync(path.join(scratch, 'cy.xlf'), 'utf8'));
    const asPairs = (list: typeof committed) => list.map((unit) => [unit.id, unit.source]).sort();
    expect(asPairs(committed)).toEqual(asPairs(fresh));
  });

  it('marks drafts for the Welsh translator to review', () => {
    for (const unit of committed) {
      expect(['needs-review-translation', 'translated', 'final', 'signed-off']).toContain(unit.state);
      // The one qualifier the extract writes: reviewed Welsh whose English has changed since.
      if (unit.qualifier !== undefined)
        expect([unit.state, unit.qualifier]).toEqual(['needs-review-translation', 'id-match']);
    }
  });
});

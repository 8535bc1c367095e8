import {existsSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildLitBaseline, dist, entries, sizeBudgets, type Size} from '../../scripts/bundle-sizes.js';

// The size budgets of the issues, checked on the build `npm test` has just
// made: a breach fails here, with the figure. (`npm run bench` prints the same
// figures, and the rest, in its table.)
let lit: Size;
beforeAll(async () => {
  if (!existsSync(path.join(dist, 'index.js'))) throw new Error('dist/ is empty: run npm run build first.');
  lit = await buildLitBaseline();
}, 60_000);

describe('the bundle sizes', () => {
  it('has an entry for every element the package exports', () => {
    expect(entries()).toEqual(expect.arrayContaining(['index.js', 'soh-report-form.js', 'soh-payment.js']));
  });

  it('stays within every size budget', () => {
    const breaches = sizeBudgets(lit)
      .filter((row) => row.value > row.budget)
      .map((row) => `${row.measure}: ${row.value} B, budget ${row.budget} B`);
    expect(breaches).toEqual([]);
  });
});

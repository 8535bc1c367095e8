import {describe, it} from 'vitest';
import {capture, storiesById} from './capture.js';
import {representatives} from './representatives.js';
import {VISUAL_BRANDS} from './visual-brands.js';

// Every force's theme is this brand's in this file (one brand to a file: an element keeps the theme it first
// adopted for as long as the page lives, and each test file is a page of its own). See visual-project.ts.
globalThis.__sohVisualBrand = 'dark-blue';

/**
 * The representative stories (representatives.ts) in the force theme made from the brand colour
 * #00447c (kept as it is): baselines in test/visual/baselines/theme-dark-blue/<story id>.png.
 */
describe(`force theme from ${VISUAL_BRANDS['dark-blue'].colour}`, () => {
  // A force for every story, so that its elements adopt a theme (the base theme is no force's).
  for (const entry of storiesById(representatives, {force: VISUAL_BRANDS['dark-blue'].force}))
    it(entry.id, () => capture(entry, entry.id));
});

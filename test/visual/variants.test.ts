import {describe, it} from 'vitest';
import {capture, storiesById} from './capture.js';
import {representatives} from './representatives.js';

/**
 * The representative stories (representatives.ts) in Welsh, in forced colours (Windows' high contrast, emulated)
 * and at 320 px (WCAG's reflow width): baselines in test/visual/baselines/variants/<variant>-<story id>.png.
 */

/**
 * Representatives whose play checks English words, so in Welsh it fails before any screenshot: each has a story of
 * its own in Welsh (named here), which stories.test.ts shows.
 */
const englishPlay: ReadonlyMap<string, string> = new Map([
  ['widgets-media-upload--done', 'widgets-report-status--in-welsh (its upload)'],
  ['widgets-live-chat--chatting', 'widgets-live-chat--launcher-in-welsh'],
  ['widgets-payment--fee', 'widgets-payment--fee-in-welsh'],
  ['widgets-report-status--report', 'widgets-report-status--in-welsh'],
]);

describe('Welsh', () => {
  for (const entry of storiesById(representatives, {locale: 'cy'}))
    it.skipIf(englishPlay.has(entry.id))(entry.id, () => capture(entry, `cy-${entry.id}`));
});

/**
 * In forced colours Chromium draws the text caret in a system colour whatever the page says, so it blinks in the
 * screenshot of a story that leaves the focus in a text box.
 */
const caretInForcedColours = new Set(['fields-select-autocomplete--list-open']);

describe('forced colours', () => {
  for (const entry of storiesById(representatives))
    it.skipIf(caretInForcedColours.has(entry.id))(entry.id, () =>
      capture(entry, `forced-colours-${entry.id}`, {forcedColours: true}),
    );
});

describe('320 px', () => {
  for (const entry of storiesById(representatives)) it(entry.id, () => capture(entry, `320-${entry.id}`, {width: 320}));
});

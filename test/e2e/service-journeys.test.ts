import {describe, expect, it} from 'vitest';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';
import type {EnginePage} from './engines/engine-page.js';
import {inEachEngine} from './engines/engines.js';
import {useSandbox} from './harness.js';
import {Keyboard} from './keyboard.js';
import {confirmedReference, journeys, openService, storedDocument, words, type Language} from './service-journeys.js';

// Every service on the demo force site, with the keyboard alone, in English
// and in Welsh, to the real sandbox over HTTP, in each engine the public uses.
// (The crime report has journeys of its own, with faults; domestic abuse has
// its no-trace checks; phone-journeys.test.ts does these by touch on a phone.)
const harness = useSandbox();

/** On a journey where the person may be watched: the exit control, no copy offered, nothing in storage. */
const NO_TRACES = {exitControl: true, copyOffered: false, local: 0, session: 0};
function traces(page: EnginePage) {
  return page.evaluate(() => {
    const form = document.querySelector('soh-report-form')!.shadowRoot!;
    return {
      exitControl: form.querySelector('soh-exit-page') !== null,
      copyOffered: form.querySelector('.button-group button') !== null,
      local: localStorage.length,
      session: sessionStorage.length,
    };
  });
}
let page: EnginePage;
let keys: Keyboard;

inEachEngine(
  (opened) => {
    page = opened;
    keys = new Keyboard(opened);
  },
  () => {
    for (const journey of journeys) {
      describe(`${journey.service} on the demo site`, () => {
        for (const language of ['en', 'cy'] as const satisfies Language[]) {
          it(`is done with the keyboard alone, in ${language === 'en' ? 'English' : 'Welsh'}`, async () => {
            const say = words[language];
            await openService(page, harness.origin, journey.service, language, journey.from);
            await journey.fill(keys, () => keys.nextPage(say.continue), page);
            await keys.pressButton(say[journey.sends ?? 'report']);
            const stored = await storedDocument(harness.app, journey.category, await confirmedReference(page));
            // Every attribute, relationship and code, on every branch these journeys take, is the published SDM's.
            expect(sdmBreaches(stored, sdmModel)).toEqual([]);
            expect(stored.data.attributes).toMatchObject(journey.expected);
            const submission = stored.included.find((entity) => entity.type === 'submission')!;
            for (const text of journey.submissionContent ?? [])
              expect(submission.attributes.submissionContent).toContain(text);
            if (journey.leavesNothing) expect(await traces(page)).toEqual(NO_TRACES);
          });
        }
      });
    }
  },
);

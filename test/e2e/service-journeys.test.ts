import {describe, expect, it} from 'vitest';
import {useSandbox} from './harness.js';
import {fillFirearmsApplication} from './firearms-application.js';
import {Keyboard} from './keyboard.js';
import {inboxEntries} from './back-office.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';
import {waitFor, type EnginePage} from './engines/engine-page.js';
import {inEachEngine} from './engines/engines.js';

// Every service on the demo force site, with the keyboard alone, in English
// and in Welsh, to the real sandbox over HTTP, in each engine the public uses.
// (The crime report has journeys of its own, with faults; domestic abuse has
// its no-trace checks.)
const harness = useSandbox();
let page: EnginePage;
let keys: Keyboard;

type Language = 'en' | 'cy';
const words = {
  en: {continue: 'Continue', report: 'Send report', application: 'Send application'},
  cy: {continue: 'Parhau', report: 'Anfon adroddiad', application: 'Anfon cais'},
};

interface Journey {
  service: string;
  category: string;
  sends?: 'application';
  /** The answers, by keyboard, up to the check page; `next` presses Continue in the page's language. */
  fill(next: () => Promise<void>): Promise<void>;
  /** Some of what the stored document's incident must say. */
  expected: Record<string, unknown>;
  /** Some of what its plain-text `submissionContent` must say (in English, whatever the page's language). */
  submissionContent?: string[];
}

/** The first bytes of a photo and of a video: the upload decides what a file is from them. */
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(2048).fill(1)]);
const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(4096, 1)]);

/** Chooses a file for the form's evidence question, and waits until the endpoint has it (Continue would wait too). */
async function sendEvidence(name: string, bytes: Buffer): Promise<void> {
  await keys.file(name, bytes);
  await waitFor(
    page,
    () =>
      (
        document.querySelector('soh-report-form')?.shadowRoot?.querySelector('soh-media-upload') as unknown as {
          value: unknown[];
        } | null
      )?.value.length === 1,
  );
}

const notInDanger = async (next: () => Promise<void>) => {
  await keys.radio(1);
  await next();
};

const aboutMe = async (next: () => Promise<void>) => {
  await keys.text('Alex');
  await keys.text('Example');
  await next();
  await keys.radio(0); // by email
  await keys.text('alex@example.com');
  await next();
};

const journeys: Journey[] = [
  {
    service: 'asb',
    category: 'ASB',
    async fill(next) {
      await notInDanger(next);
      await keys.text('Loud music every night until 3am');
      await next();
      await keys.text('12 Example Road');
      await next();
      await keys.parts('2', '11', '2026');
      await keys.radio(0); // still going on: yes
      await keys.radio(0); // every day
      await next();
      await next(); // who: optional
      await keys.text('I cannot sleep');
      await next();
      await keys.radio(1); // contact: no
      await next();
    },
    expected: {incidentStillHappening: true, incidentExactTimeKnown: false},
  },
  {
    service: 'covid-breach',
    category: 'CVD',
    async fill(next) {
      await notInDanger(next);
      await keys.text('The park');
      await next();
      await keys.parts('2', '11', '2026');
      await next();
      await keys.text('A large party');
      await next();
    },
    expected: {incidentDescription: 'A large party', incidentApproximateDate: '2026-11-02'},
  },
  {
    service: 'domestic-abuse',
    category: 'DAB',
    async fill(next) {
      await notInDanger(next);
      await next(); // before you start: history, and leaving quickly
      await keys.text('He checks my phone and will not let me see my friends.');
      await next();
      await keys.radio(0); // a partner
      await keys.radio(1); // lives with you: no
      await keys.radio(1); // children: no
      await next();
      await keys.text('Sam Example');
      await next();
      await keys.checkbox(); // a phone call is safe
      await keys.text('07700 900982');
      await keys.checkbox(); // mornings
      await keys.radio(1); // a message may be left: no
      await next();
    },
    expected: {incidentDescription: 'He checks my phone and will not let me see my friends.'},
  },
  {
    service: 'road-traffic',
    category: 'RTC',
    async fill(next) {
      await notInDanger(next);
      await next(); // your duty to report
      await keys.parts('2', '11', '2026');
      await keys.parts('17', '45');
      await next();
      await keys.text('A12, junction 19');
      await next();
      await keys.radio(0); // other vehicles: yes
      await next();
      await keys.text('AB12 CDE');
      await keys.radio(0); // damaged: yes
      await next();
      await keys.radio(1); // another: no
      await next();
      await keys.radio(1); // hurt: no
      await next();
      await next(); // insurance: optional
      await keys.radio(0); // footage: yes
      await sendEvidence('dashcam.mp4', mp4);
      await next();
      await aboutMe(next);
    },
    expected: {incidentExactTimeKnown: true},
  },
  {
    service: 'missing-person',
    category: 'MIS',
    async fill(next) {
      await notInDanger(next);
      await next(); // no need to wait 24 hours
      await keys.text('Sam');
      await keys.text('Example');
      await next();
      await next(); // age: optional
      await keys.radio(0); // parent or carer
      await next();
      await keys.text('Tall, short dark hair, glasses');
      await next();
      await sendEvidence('sam.jpg', jpeg);
      await next();
      await keys.parts('2', '11', '2026');
      await next();
      await keys.text('Chelmsford station');
      await next();
      await next(); // places and people: optional
      await keys.radio(1); // health: no
      await keys.radio(2); // might harm themselves: do not know
      await next();
      await keys.radio(2); // money: do not know
      await next();
      await next(); // phone and accounts: optional
      await keys.radio(1); // missing before: no
      await next();
      await aboutMe(next);
    },
    expected: {incidentApproximateDate: '2026-11-02', incidentExactTimeKnown: false},
  },
  {
    service: 'firearms',
    category: 'FAL',
    sends: 'application',
    fill: (next) => fillFirearmsApplication(keys, next),
    // The SDM's incident has no attribute for an application: what is applied for is in the report's text.
    expected: {},
    submissionContent: ['Shotgun certificate'],
  },
];

async function storedDocument(category: string, reference: string) {
  const inbox = await inboxEntries<{
    customerReferenceNumber: string;
    category: string;
    document: {
      data: {attributes: Record<string, unknown>};
      included: Array<{type: string; attributes: Record<string, unknown>}>;
    };
  }>(harness.app);
  const stored = inbox.find((entry) => entry.customerReferenceNumber === reference)!;
  expect(stored.category).toBe(category);
  return stored.document;
}

/** The reference the confirmation shows, once it shows one. */
async function confirmedReference(): Promise<string> {
  const reference = () =>
    document.querySelector('soh-report-form')?.shadowRoot?.querySelector('.reference')?.textContent?.trim() ?? '';
  await waitFor(page, reference, undefined, 30000);
  return page.evaluate(reference);
}

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
            // The demo's Welsh page has its own address, as a force's Welsh pages do.
            await page.goto(`${harness.origin}/?service=${journey.service}&lang=${language}`);
            await waitFor(
              page,
              (lang) => {
                const form = document.querySelector('soh-report-form')?.shadowRoot;
                return (
                  form?.querySelector('form [type="submit"]') &&
                  (document.documentElement.lang === lang || form.querySelector(`[lang="${lang}"]`))
                );
              },
              language,
            );
            await journey.fill(() => keys.nextPage(say.continue));
            await keys.pressButton(say[journey.sends ?? 'report']);
            const stored = await storedDocument(journey.category, await confirmedReference());
            // Every attribute, relationship and code, on every branch these journeys take, is the published SDM's.
            expect(sdmBreaches(stored, sdmModel)).toEqual([]);
            expect(stored.data.attributes).toMatchObject(journey.expected);
            const submission = stored.included.find((entity) => entity.type === 'submission')!;
            for (const text of journey.submissionContent ?? [])
              expect(submission.attributes.submissionContent).toContain(text);
          });
        }
      });
    }
  },
);

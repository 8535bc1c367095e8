import type {FastifyInstance} from 'fastify';
import {expect} from 'vitest';
import {inboxEntries} from './back-office.js';
import {waitFor, type EnginePage} from './engines/engine-page.js';
import {fillFirearmsApplication} from './firearms-application.js';
import type {Person} from './person.js';
import {aboutMe, jpeg, mp4, notInDanger, safeByPhoneInTheMornings, sendEvidence} from './journey-steps.js';
import {journey as claresLaw} from './journeys/clares-law.js';
import {journey as dashCam} from './journeys/dash-cam.js';
import {journey as feedback} from './journeys/feedback.js';
import {journey as foundProperty} from './journeys/found-property.js';
import {journey as hateCrime} from './journeys/hate-crime.js';
import {journey as sarahsLaw} from './journeys/sarahs-law.js';
import {journey as sexualOffences} from './journeys/sexual-offences.js';
import {journey as spiking} from './journeys/spiking.js';
import {journey as stolenVehicle} from './journeys/stolen-vehicle.js';
import {journey as tellUsAbout} from './journeys/tell-us-about.js';

// Every service on the demo force site, answered up to its check page by a Person (the keyboard, or a finger on
// a phone): service-journeys.test.ts and phone-journeys.test.ts run them against the real sandbox.

export type Language = 'en' | 'cy';
export const words = {
  en: {continue: 'Continue', report: 'Send report', application: 'Send application', feedback: 'Send feedback'},
  cy: {continue: 'Parhau', report: 'Anfon adroddiad', application: 'Anfon cais', feedback: 'Anfon adborth'},
};

export interface Journey {
  service: string;
  /**
   * `definition`: a service of the force's own, a definition document beside the demo page
   * (demo/site/services/<service>.json), which the form loads as `src`; not one of the library's.
   */
  from?: 'definition';
  category: string;
  sends?: 'application' | 'feedback';
  /** The answers, up to the check page; `next` presses Continue in the page's language. */
  fill(person: Person, next: () => Promise<void>, page: EnginePage): Promise<void>;
  /** Some of what the stored document's incident must say. */
  expected: Record<string, unknown>;
  /** Some of what its plain-text `submissionContent` must say (in English, whatever the page's language). */
  submissionContent?: string[];
  /**
   * The person may be watched on this journey (domestic abuse; hate crime's victim): the exit control is on the
   * confirmation, which offers no copy to keep, and nothing of the report is left in the page's storage.
   */
  leavesNothing?: true;
}

/** Every service's journey: the hand-written services', then the catalogue's (below). */
export const journeys: Journey[] = [
  {
    service: 'asb',
    category: 'ASB',
    async fill(person, next) {
      await notInDanger(person, next);
      await person.text('Loud music every night until 3am');
      await next();
      await person.text('12 Example Road');
      await next();
      await person.parts('2', '11', '2026');
      await person.radio(0); // still going on: yes
      await person.radio(0); // every day
      await next();
      await next(); // who: optional
      await person.text('I cannot sleep');
      await next();
      await person.radio(1); // contact: no
      await next();
    },
    expected: {incidentStillHappening: true, incidentExactTimeKnown: false},
  },
  {
    service: 'covid-breach',
    category: 'CVD',
    async fill(person, next) {
      await notInDanger(person, next);
      await person.text('The park');
      await next();
      await person.parts('2', '11', '2026');
      await next();
      await person.text('A large party');
      await next();
    },
    expected: {incidentDescription: 'A large party', incidentApproximateDate: '2026-11-02'},
  },
  {
    // The demo force's own service: a definition document it serves beside its page, filed as anti-social behaviour.
    service: 'noise-nuisance',
    from: 'definition',
    category: 'ASB',
    async fill(person, next) {
      await notInDanger(person, next);
      await person.radio(0); // loud music or a party
      await person.text('Music until 3am, every weekend');
      await next();
      await person.text('Flat 2, 10 Example Road');
      await next();
      await person.parts('2', '11', '2026');
      await person.radio(0); // still happening: yes
      await next();
      await person.radio(0); // contact wanted: yes
      await next();
      await person.text('Alex Example');
      await person.text('alex@example.com');
      await next();
    },
    expected: {
      incidentDescription: 'Music until 3am, every weekend',
      incidentApproximateDate: '2026-11-02',
      incidentStillHappening: true,
    },
    submissionContent: ['Report noise from a neighbour', 'Kind of noise: Loud music or a party'],
  },
  {
    service: 'domestic-abuse',
    category: 'DAB',
    async fill(person, next) {
      await notInDanger(person, next);
      await next(); // before you start: history, and leaving quickly
      await person.text('He checks my phone and will not let me see my friends.');
      await next();
      await person.radio(0); // a partner
      await person.radio(1); // lives with you: no
      await person.radio(1); // children: no
      await next();
      await person.text('Sam Example');
      await next();
      await safeByPhoneInTheMornings(person, next);
    },
    expected: {incidentDescription: 'He checks my phone and will not let me see my friends.'},
    leavesNothing: true,
  },
  {
    service: 'road-traffic',
    category: 'RTC',
    async fill(person, next, page) {
      await notInDanger(person, next);
      await next(); // your duty to report
      await person.parts('2', '11', '2026');
      await person.parts('17', '45');
      await next();
      await person.text('A12, junction 19');
      await next();
      await person.radio(0); // other vehicles: yes
      await next();
      await person.text('AB12 CDE');
      await person.radio(0); // damaged: yes
      await next();
      await person.radio(1); // another: no
      await next();
      await person.radio(1); // hurt: no
      await next();
      await next(); // insurance: optional
      await person.radio(0); // footage: yes
      await sendEvidence(person, page, 'dashcam.mp4', mp4);
      await next();
      await aboutMe(person, next);
    },
    expected: {incidentExactTimeKnown: true},
  },
  {
    service: 'missing-person',
    category: 'MIS',
    async fill(person, next, page) {
      await notInDanger(person, next);
      await next(); // no need to wait 24 hours
      await person.text('Sam');
      await person.text('Example');
      await next();
      await next(); // age: optional
      await person.radio(0); // parent or carer
      await next();
      await person.text('Tall, short dark hair, glasses');
      await next();
      await sendEvidence(person, page, 'sam.jpg', jpeg);
      await next();
      await person.parts('2', '11', '2026');
      await next();
      await person.text('Chelmsford station');
      await next();
      await next(); // places and people: optional
      await person.radio(1); // health: no
      await person.radio(2); // might harm themselves: do not know
      await next();
      await person.radio(2); // money: do not know
      await next();
      await next(); // phone and accounts: optional
      await person.radio(1); // missing before: no
      await next();
      await aboutMe(person, next);
    },
    expected: {incidentApproximateDate: '2026-11-02', incidentExactTimeKnown: false},
  },
  {
    service: 'firearms',
    category: 'FAL',
    sends: 'application',
    fill: (person, next) => fillFirearmsApplication(person, next),
    // The SDM's incident has no attribute for an application: what is applied for is in the report's text.
    expected: {},
    submissionContent: ['Shotgun certificate'],
  },
];

/** The services written as data (the rest of Single Online Home's catalogue): each one's journey is in journeys/. */
export const catalogueJourneys: Journey[] = [
  claresLaw,
  dashCam,
  feedback,
  foundProperty,
  hateCrime,
  sarahsLaw,
  sexualOffences,
  spiking,
  stolenVehicle,
  tellUsAbout,
];

journeys.push(...catalogueJourneys);

/** The document the endpoint stored for the report with `reference`, checked to be of `category`. */
export async function storedDocument(app: FastifyInstance, category: string, reference: string) {
  const inbox = await inboxEntries<{
    customerReferenceNumber: string;
    category: string;
    document: {
      data: {attributes: Record<string, unknown>};
      included: Array<{type: string; attributes: Record<string, unknown>}>;
    };
  }>(app);
  const stored = inbox.find((entry) => entry.customerReferenceNumber === reference)!;
  expect(stored.category).toBe(category);
  return stored.document;
}

/** The reference the confirmation shows, once it shows one. */
export async function confirmedReference(page: EnginePage): Promise<string> {
  const reference = () =>
    document.querySelector('soh-report-form')?.shadowRoot?.querySelector('.reference')?.textContent?.trim() ?? '';
  await waitFor(page, reference, undefined, 30000);
  return page.evaluate(reference);
}

/**
 * Opens the demo site's page for `service` (one of the library's, or `from` a definition document of the force's
 * own) in `language`, and waits until its form is ready in that language.
 */
export async function openService(
  page: EnginePage,
  origin: string,
  service: string,
  language: Language,
  from: 'service' | 'definition' = 'service',
) {
  // The force site's page for the service; its Welsh page has its own address, as a force's Welsh pages do.
  await page.goto(`${origin}${language === 'cy' ? '/cy' : ''}/report/${service}`);
  await waitFor(
    page,
    ([lang, source]) => {
      const host = document.querySelector('soh-report-form');
      const form = host?.shadowRoot;
      return (
        // The library's service (`service`), or the force's own document (`src`): the page holds the one asked for.
        host?.hasAttribute(source === 'definition' ? 'src' : 'service') &&
        form?.querySelector('form [type="submit"]') &&
        (document.documentElement.lang === lang || form.querySelector(`[lang="${lang}"]`))
      );
    },
    [language, from] as const,
  );
}

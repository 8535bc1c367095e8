import {expect, fixture, html} from '@open-wc/testing';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import type {Answers, Page} from '../../src/engine/definition.js';
import {questionsOnPage} from '../../src/engine/journey.js';
import type {ServiceDefinition} from '../../src/engine/definition.js';
import {asbReport} from '../../src/services/asb/definition.js';
import {covidBreachReport} from '../../src/services/covid-breach/definition.js';
import {crimeReport} from '../../src/services/crime/definition.js';
import {domesticAbuseReport} from '../../src/services/domestic-abuse/definition.js';
import {roadTrafficReport} from '../../src/services/road-traffic/definition.js';
import {missingPersonReport} from '../../src/services/missing-person/definition.js';
import {firearmsApplication} from '../../src/services/firearms/definition.js';
import {until} from '../helpers/fixtures.js';
import {pagesInJourney} from '../../src/engine/journey.js';
import type {ServiceModule} from '../../src/engine/service-module.js';
import {service as claresLaw} from '../../src/services/clares-law/index.js';
import * as claresLawPaths from './page-paths/clares-law.js';
import {service as dashCam} from '../../src/services/dash-cam/index.js';
import * as dashCamPaths from './page-paths/dash-cam.js';
import {service as feedback} from '../../src/services/feedback/index.js';
import * as feedbackPaths from './page-paths/feedback.js';
import {service as foundProperty} from '../../src/services/found-property/index.js';
import * as foundPropertyPaths from './page-paths/found-property.js';
import {service as hateCrime} from '../../src/services/hate-crime/index.js';
import * as hateCrimePaths from './page-paths/hate-crime.js';
import {service as sarahsLaw} from '../../src/services/sarahs-law/index.js';
import * as sarahsLawPaths from './page-paths/sarahs-law.js';
import {service as sexualOffences} from '../../src/services/sexual-offences/index.js';
import * as sexualOffencesPaths from './page-paths/sexual-offences.js';
import {service as spiking} from '../../src/services/spiking/index.js';
import * as spikingPaths from './page-paths/spiking.js';
import {service as stolenVehicle} from '../../src/services/stolen-vehicle/index.js';
import * as stolenVehiclePaths from './page-paths/stolen-vehicle.js';
import {service as tellUsAbout} from '../../src/services/tell-us-about/index.js';
import * as tellUsAboutPaths from './page-paths/tell-us-about.js';

// Every page of every service, each in turn: axe on the page as it
// opens, then Continue with nothing answered: every required question's
// message in the error summary, the summary focused, and axe again.

/** For each service, answers that put every page on the path (each page's own answers are left out when it is tested). */
const crimeEverything: Answers = {
  emergency: 'no',
  involvement: 'IVLD_0001',
  weapon: 'yes',
  'suspects.any': 'yes',
  suspects: [{description: 'Tall'}],
  'witnesses.any': 'yes',
  witnesses: [{name: 'Sam Example'}],
  'property.any': 'yes',
  property: [{what: 'Bike', how: 'stolen'}],
  'vehicles.any': 'yes',
  vehicles: [{make: 'Ford'}],
  alreadyReported: 'yes',
  contactPreference: 'CPNC_0001',
};

/**
 * For each service, answers that put every page on the path (each page's own answers are left out when it is tested);
 * a service whose branches exclude each other has more than one, and each page is opened with the first that reaches it.
 */
const services: Array<{definition: ServiceDefinition; everything: Answers; otherPaths?: Answers[]}> = [
  {definition: crimeReport, everything: crimeEverything},
  {
    definition: asbReport,
    everything: {emergency: 'no', ongoing: 'yes', wantsContact: 'yes', contactPreference: 'CPNC_0002'},
  },
  {definition: covidBreachReport, everything: {emergency: 'no'}},
  {
    definition: roadTrafficReport,
    everything: {
      emergency: 'no',
      'vehicles.any': 'yes',
      vehicles: [{registration: 'AB12CDE'}],
      injuries: 'yes',
      contactPreference: 'CPNC_0001',
    },
  },
  {
    definition: missingPersonReport,
    everything: {emergency: 'no', healthNeeds: 'yes', missingBefore: 'yes', contactPreference: 'CPNC_0001'},
  },
  {
    definition: firearmsApplication,
    everything: {
      applicationType: 'variation',
      'previousAddresses.any': 'yes',
      previousAddresses: [{from: '2015-01-01'}],
      contactPreference: 'CPNC_0002',
      medicalConditions: 'yes',
      convictions: 'yes',
    },
  },
  fromData(claresLaw, claresLawPaths),
  fromData(dashCam, dashCamPaths),
  fromData(feedback, feedbackPaths),
  fromData(foundProperty, foundPropertyPaths),
  fromData(hateCrime, hateCrimePaths),
  fromData(sarahsLaw, sarahsLawPaths),
  fromData(sexualOffences, sexualOffencesPaths),
  fromData(spiking, spikingPaths),
  fromData(stolenVehicle, stolenVehiclePaths),
  fromData(tellUsAbout, tellUsAboutPaths),
];

/** A service written as data, with the answers (page-paths/<id>.ts) that reach each of its pages. */
function fromData(
  module: ServiceModule,
  paths: Record<string, Answers>,
): {definition: ServiceDefinition; everything: Answers; otherPaths: Answers[]} {
  const [everything, ...otherPaths] = [
    paths.everything,
    ...Object.entries(paths)
      .filter(([name]) => name !== 'everything')
      .map(([, answers]) => answers),
  ];
  return {definition: module.definition, everything, otherPaths};
}

/**
 * The form opened at `at`, as a reload part-way through would (the answers before it a draft in sessionStorage). A
 * service that keeps nothing on the device, or that stops keeping it once the person may be watched, cannot be
 * reopened so: its definition is given as the form's `definition`, keeping a draft and without the exit control
 * (which the keyboard journeys and the domestic-abuse walk below check), so every page of it can be opened.
 */
async function openAt(service: string, at: string, answers: Answers): Promise<SohReportForm> {
  const definition = services.find((candidate) => candidate.definition.id === service)?.definition;
  if (definition && (definition.draft === 'none' || definition.exitPage)) {
    sessionStorage.setItem(`soh:draft:definition:${service}`, JSON.stringify({at, answers, editing: {}}));
    const keptDraft = {...definition, draft: 'session' as const, exitPage: false};
    const form = await fixture<SohReportForm>(
      html`<soh-report-form .definition=${keptDraft} force="essex" endpoint="https://sih.example/"></soh-report-form>`,
    );
    await until(() => form.shadowRoot?.querySelector('form [type="submit"]'));
    await form.updateComplete;
    return form;
  }
  sessionStorage.setItem(`soh:draft:${service}`, JSON.stringify({at, answers, editing: {}}));
  const form = await fixture<SohReportForm>(
    html`<soh-report-form service=${service} force="essex" endpoint="https://sih.example/"></soh-report-form>`,
  );
  await until(() => form.shadowRoot?.querySelector('form [type="submit"]'));
  await form.updateComplete;
  return form;
}

async function continueEmpty(form: SohReportForm): Promise<string> {
  form.shadowRoot!.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
  await form.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const summary = form.shadowRoot!.querySelector<HTMLElement>('.error-summary');
  expect(form.shadowRoot!.activeElement).to.equal(summary);
  return summary?.textContent ?? '';
}

function without(answers: Answers, ids: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
}

function requiredMessages(page: Page, answers: Answers): string[] {
  return questionsOnPage(page, answers)
    .filter((question) => question.required)
    .map((question) => question.requiredMessage!.en);
}

for (const {definition, everything: onEveryPath, otherPaths = []} of services) {
  describe(`every page of ${definition.id}`, () => {
    afterEach(() => sessionStorage.clear());
    const open = (at: string, answers: Answers) => openAt(definition.id, at, answers);

    for (const page of definition.pages) {
      // The first of the service's paths that reaches this page.
      const everything =
        [onEveryPath, ...otherPaths].find((answers) =>
          pagesInJourney(definition, answers).some((reached) => reached.id === page.id),
        ) ?? onEveryPath;
      if (page.kind === 'repeat') {
        it(`"${page.id}": asks whether there are any, then each item, then the list; axe and every message`, async () => {
          let form = await open(page.id, without(everything, [`${page.id}.any`, page.id]));
          await expect(form).to.be.accessible();
          expect(await continueEmpty(form)).to.contain(page.askRequiredMessage.en);
          await expect(form).to.be.accessible();

          form = await open(`${page.id}/0`, without(everything, [page.id]));
          await expect(form).to.be.accessible();
          const itemErrors = await continueEmpty(form);
          for (const message of requiredMessages(page, {})) expect(itemErrors).to.contain(message);
          await expect(form).to.be.accessible();

          form = await open(`${page.id}/list`, everything);
          await expect(form).to.be.accessible();
          expect(await continueEmpty(form)).to.contain('Select yes if you need to add another');
        });
      } else {
        it(`"${page.id}": axe as it opens, every required question's message when left empty`, async () => {
          const answers = without(
            everything,
            page.questions.map((question) => question.id),
          );
          const form = await open(page.id, answers);
          await expect(form).to.be.accessible();
          const expected = requiredMessages(page, answers);
          if (expected.length === 0) return;
          const errors = await continueEmpty(form);
          for (const message of expected) expect(errors).to.contain(message);
          await expect(form).to.be.accessible();
        });
      }
    }
  });
}

// A question an answer on its own page reveals (the kind of public transport, once it happened on one): axe and its
// message with the answer that reveals it given.
const revealed: Array<{service: string; page: string; answers: Answers; message: string}> = [
  {
    service: 'crime',
    page: 'transport',
    answers: {emergency: 'no', involvement: 'IVLD_0001', publicTransport: 'yes'},
    message: 'Select what kind of public transport',
  },
  {
    service: 'crime',
    page: 'equality',
    answers: {...crimeEverything, disability: 'yes'},
    message: '',
  },
  {
    service: 'asb',
    page: 'who',
    answers: {emergency: 'no', ongoing: 'yes', whoKnown: 'SKWN_0002'},
    message: '',
  },
];

describe('questions an answer reveals', () => {
  afterEach(() => sessionStorage.clear());
  for (const {service, page, answers, message} of revealed) {
    it(`${service} "${page}": shown once revealed, axe-clean${message ? ', with their message' : ''}`, async () => {
      const definition = services.find((candidate) => candidate.definition.id === service)!.definition;
      const shown = questionsOnPage(
        definition.pages.find((candidate) => candidate.id === page)!,
        answers,
      );
      const form = await openAt(service, page, answers);
      await until(() => shown.every(({id}) => form.shadowRoot!.querySelector(`[data-question="${id}"]`)));
      const hidden = questionsOnPage(
        definition.pages.find((candidate) => candidate.id === page)!,
        {},
      );
      expect(shown.length).to.be.greaterThan(hidden.length);
      // The page keeps its heading when a question appears under the first.
      expect(form.shadowRoot!.querySelector('h1')).not.to.equal(null);
      await expect(form).to.be.accessible();
      if (!message) return;
      expect(await continueEmpty(form)).to.contain(message);
      await expect(form).to.be.accessible();
    });
  }
});

// A service that keeps nothing on the device cannot be opened part-way
// through a draft: walk it, testing each page empty, then answering it.
const domesticAbuseAnswers: Record<string, unknown> = {
  description: 'He checks my phone',
  relationship: 'partner',
  livesWithYou: 'no',
  children: 'no',
  name: 'Sam Example',
  contactMethods: ['phone'],
  telephone: '07700 900982',
  safeTimes: ['morning'],
  messageOk: 'no',
};

async function answer(form: SohReportForm, id: string, value: unknown): Promise<void> {
  const field = form.shadowRoot!.querySelector<HTMLElement & {value: unknown; updateComplete: Promise<unknown>}>(
    `[data-question="${id}"]`,
  );
  if (!field) return;
  field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await form.updateComplete;
  await field.updateComplete;
}

describe('every page of domestic-abuse, walked', () => {
  it('passes axe as each page opens, and shows every required message when a page is left empty', async () => {
    const form = await fixture<SohReportForm>(
      html`<soh-report-form service="domestic-abuse" force="essex" endpoint="https://sih.example/"></soh-report-form>`,
    );
    await until(() => form.shadowRoot?.querySelector('form [type="submit"]'));
    await answer(form, 'emergency', 'no');
    form.shadowRoot!.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
    for (const page of domesticAbuseReport.pages) {
      await until(
        () =>
          form.shadowRoot!.querySelector('h1, [data-question]') &&
          !form.shadowRoot!.querySelector('[data-question="emergency"]'),
      );
      await form.updateComplete;
      await expect(form).to.be.accessible();
      const expected = requiredMessages(page, {});
      if (expected.length > 0) {
        const errors = await continueEmpty(form);
        for (const message of expected) expect(errors).to.contain(message);
      }
      // Twice: an answer can reveal a question (a safe phone number once a phone call is chosen).
      for (let pass = 0; pass < 2; pass++) {
        for (const question of page.questions) await answer(form, question.id, domesticAbuseAnswers[question.id]);
      }
      form.shadowRoot!.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
      await form.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(form.shadowRoot!.querySelector('h1')!.textContent!.trim()).to.equal(
      'Check your answers before sending your report',
    );
    expect(sessionStorage.length).to.equal(0);
  });
});

import {expect, fixture, html} from '@open-wc/testing';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import type {Answers, Page} from '../../src/engine/definition.js';
import {questionsOnPage} from '../../src/engine/journey.js';
import type {ServiceDefinition} from '../../src/engine/definition.js';
import {asbReport} from '../../src/services/asb/definition.js';
import {covidBreachReport} from '../../src/services/covid-breach/definition.js';
import {crimeReport} from '../../src/services/crime/definition.js';
import {until} from '../helpers/fixtures.js';

// Every page of every service, each in turn: axe on the page as it
// opens, then Continue with nothing answered: every required question's
// message in the error summary, the summary focused, and axe again.

/** For each service, answers that put every page on the path (each page's own answers are left out when it is tested). */
const crimeEverything: Answers = {
  emergency: 'no',
  involvement: 'IVLD_0001',
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

const services: Array<{definition: ServiceDefinition; everything: Answers}> = [
  {definition: crimeReport, everything: crimeEverything},
  {
    definition: asbReport,
    everything: {emergency: 'no', ongoing: 'yes', wantsContact: 'yes', contactPreference: 'CPNC_0002'},
  },
  {definition: covidBreachReport, everything: {emergency: 'no'}},
];

async function openAt(service: string, at: string, answers: Answers): Promise<SohReportForm> {
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

for (const {definition, everything} of services) {
  describe(`every page of ${definition.id}`, () => {
    afterEach(() => sessionStorage.clear());
    const open = (at: string, answers: Answers) => openAt(definition.id, at, answers);

    for (const page of definition.pages) {
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

import {expect, fixture, html} from '@open-wc/testing';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import type {ServiceDefinition} from '../../src/engine/definition.js';
import {settled, until} from '../helpers/fixtures.js';
import {sendKeys} from '../helpers/keys.js';
import {
  choose,
  endpoint,
  heading,
  inbox,
  pressContinue,
  root,
  settledPage,
  type,
} from '../helpers/report-form-driver.js';

// A report that may be anonymous, and whose person may be watched once they say they are the victim (as hate
// crime's): what the form shows, keeps on the device and sends, to the real sandbox.

const text = (en: string, cy = en) => ({en, cy});

const definition: ServiceDefinition = {
  id: 'told-in-confidence',
  category: 'TST',
  title: text('Tell us in confidence', 'Dywedwch wrthym yn gyfrinachol'),
  draft: 'session',
  whatHappensNext: text('We read every report.', 'Rydym yn darllen pob adroddiad.'),
  exitPage: {question: 'involvement', equals: 'victim'},
  anonymous: {question: 'anonymous', equals: 'yes'},
  pages: [
    {
      id: 'involvement',
      questions: [
        {
          id: 'involvement',
          kind: 'radios',
          label: text('Did it happen to you?', 'Ddigwyddodd e i chi?'),
          required: true,
          requiredMessage: text('Select whether it happened to you', 'Dewiswch a ddigwyddodd e i chi'),
          options: [
            {value: 'victim', label: text('Yes, it happened to me', 'Do, i mi')},
            {value: 'witness', label: text('No, I saw it', 'Naddo, fe’i gwelais')},
          ],
        },
      ],
    },
    {
      id: 'what',
      questions: [
        {
          id: 'description',
          kind: 'textarea',
          label: text('What happened?', 'Beth ddigwyddodd?'),
          summaryLabel: text('What happened', 'Beth ddigwyddodd'),
          required: true,
          requiredMessage: text('Enter what happened', 'Rhowch beth ddigwyddodd'),
          maxlength: 500,
        },
      ],
    },
    {
      id: 'say-who',
      questions: [
        {
          id: 'anonymous',
          kind: 'yes-no',
          label: text('Do you want to stay anonymous?', 'Ydych chi eisiau aros yn ddienw?'),
          required: true,
          requiredMessage: text('Select yes to stay anonymous', 'Dewiswch ydw i aros yn ddienw'),
        },
      ],
    },
    {
      id: 'about-you',
      personal: true,
      title: text('Your details', 'Eich manylion'),
      questions: [
        {
          id: 'name',
          kind: 'text',
          autocomplete: 'name',
          label: text('Your name', 'Eich enw'),
          summaryLabel: text('Name', 'Enw'),
          required: true,
          requiredMessage: text('Enter your name', 'Rhowch eich enw'),
        },
      ],
    },
  ],
  sdm: {
    incident: {attributes: {incidentDescription: {answer: 'description'}}},
    entities: [
      {
        type: 'person',
        relationships: [{name: 'personReporting'}],
        derived: [{transform: 'person-name', answer: 'name'}],
      },
    ],
  },
};

async function open(): Promise<SohReportForm> {
  const form = await fixture<SohReportForm>(
    html`<soh-report-form
      .definition=${definition}
      force="essex"
      endpoint=${endpoint}
      follow-url="/follow.html"
    ></soh-report-form>`,
  );
  await settled(form);
  await until(() => root(form).querySelector('form [type="submit"]'));
  await settledPage(form);
  return form;
}

/** Send, from the check page: the document the sandbox stored, once the confirmation shows its reference. */
async function send(form: SohReportForm) {
  root(form).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
  await until(() => root(form).querySelector('.reference, [part="send-problem"]'), 15000);
  expect(root(form).querySelector('[part="send-problem"]')?.textContent ?? '').to.equal('');
  await settled(form);
  const reference = root(form).querySelector('.reference')!.textContent!.trim();
  return (await inbox()).find((entry) => entry.customerReferenceNumber === reference)!;
}

const DRAFT = 'soh:draft:definition:told-in-confidence';
const exitControl = (form: SohReportForm) => root(form).querySelector('soh-exit-page');

describe('a report that may be anonymous, whose victim may be watched', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('keeps a witness’s draft and shows no exit control; once they say it happened to them, shows it and keeps nothing', async () => {
    const form = await open();
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    await choose(form, 'involvement', 1); // a witness
    await pressContinue(form);
    expect(sessionStorage.getItem(DRAFT)).to.contain('witness');
    expect(exitControl(form)).to.equal(null);

    root(form).querySelector<HTMLButtonElement>('.back-link')!.click();
    await settledPage(form);
    // From "I saw it" up to "it happened to me".
    root(form).querySelector<HTMLElement>('[data-question="involvement"]')!.focus();
    await sendKeys({press: 'ArrowUp'});
    await settled(form);
    await until(() => customElements.get('soh-exit-page'));
    expect(exitControl(form)).not.to.equal(null);
    // It appears above where the person is: a screen reader hears that it has.
    expect(root(form).querySelector('[aria-live]')!.textContent).to.contain(
      'A button to leave this page quickly is now at the top of the page.',
    );
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
    await pressContinue(form);
    await type(form, 'description', 'They shouted at me in the street');
    await pressContinue(form);
    expect(sessionStorage.length).to.equal(0);
    expect(exitControl(form)).not.to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('skips the pages about the person when they stay anonymous, and sends no person reporting, saying it is anonymous', async () => {
    const form = await open();
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    await choose(form, 'involvement', 1);
    await pressContinue(form);
    await type(form, 'description', 'A man selling drugs by the park gates');
    await pressContinue(form);
    await choose(form, 'anonymous', 0); // yes, anonymous
    await pressContinue(form);
    expect(heading(form)).to.equal('Check your answers before sending your report');
    expect(root(form).querySelector('.summary')!.textContent).not.to.contain('Name');

    const stored = await send(form);
    // Following the report would tie the person to it.
    expect(root(form).querySelector('[part="follow"]')).to.equal(null);
    const data = stored.document.data as {relationships: Record<string, unknown>};
    expect(data.relationships.personReporting).to.equal(undefined);
    expect(stored.document.included.map((entity) => entity.type)).to.deep.equal(['submission']);
    const submission = stored.document.included[0] as {attributes: {submissionContent: string}};
    expect(submission.attributes.submissionContent).to.contain(
      'This report is anonymous: the person chose not to give their name or contact details.',
    );
  });

  it('asks for the person’s name when they do not stay anonymous, and sends them as the person reporting', async () => {
    const form = await open();
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    await choose(form, 'involvement', 1);
    await pressContinue(form);
    await type(form, 'description', 'A man selling drugs by the park gates');
    await pressContinue(form);
    await choose(form, 'anonymous', 1); // no
    await pressContinue(form);
    expect(heading(form)).to.equal('Your details');
    await type(form, 'name', 'Alex Example');
    await pressContinue(form);
    const stored = await send(form);
    expect(root(form).querySelector('[part="follow"]')).not.to.equal(null);
    const data = stored.document.data as {relationships: Record<string, unknown>};
    expect(data.relationships.personReporting).not.to.equal(undefined);
    const submission = stored.document.included.find((entity) => entity.type === 'submission') as {
      attributes: {submissionContent: string};
    };
    expect(submission.attributes.submissionContent).not.to.contain('This report is anonymous');
  });

  it('offers neither a copy nor following to a victim who may be watched, when the definition never says following is safe', async () => {
    const form = await open();
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    await choose(form, 'involvement', 0); // it happened to them
    await pressContinue(form);
    await type(form, 'description', 'They shouted at me in the street');
    await pressContinue(form);
    await choose(form, 'anonymous', 1); // no
    await pressContinue(form);
    await type(form, 'name', 'Alex Example');
    await pressContinue(form);
    await send(form);
    expect(root(form).querySelector('soh-exit-page')).not.to.equal(null);
    expect(root(form).querySelector('[part="follow"]')).to.equal(null);
    expect(root(form).querySelector('.button-group')).to.equal(null);
    expect(sessionStorage.length).to.equal(0);
  });
});

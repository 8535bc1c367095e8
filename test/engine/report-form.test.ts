import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import {settled, until} from '../helpers/fixtures.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';
import {
  answerCovidBreach,
  choose,
  deepActive,
  endpoint as sandboxUrl,
  field,
  heading,
  inbox,
  openService,
  pressContinue,
  root,
  type,
} from '../helpers/report-form-driver.js';

const openForm = (lang = 'en') => openService('crime', lang);

describe('<soh-report-form service="crime">', () => {
  afterEach(() => sessionStorage.clear());

  it('asks the emergency question first, and a yes stops the form with how to get help', async () => {
    const form = await openForm();
    expect(heading(form)).to.equal('Is anyone in immediate danger, or is a crime happening now?');
    await choose(form, 'emergency', 0);
    await settled(form);
    const emergency = root(form).querySelector('[part="emergency"]')!;
    expect(emergency.textContent).to.contain('Call 999 now').and.to.contain('18000').and.to.contain('55');
    expect(root(form).querySelector('button[type="submit"]')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('shows an error summary that takes focus, whose link focuses the field', async () => {
    const form = await openForm();
    await pressContinue(form);
    const summary = root(form).querySelector<HTMLElement>('.error-summary')!;
    expect(summary.textContent)
      .to.contain('There is a problem')
      .and.to.contain('Select yes if anyone is in immediate danger');
    expect(root(form).activeElement).to.equal(summary);
    await expect(form).to.be.accessible();
    summary.querySelector('a')!.click();
    expect(deepActive()!.getAttribute('type')).to.equal('radio');
  });

  it('goes from start to a stored report, with the reference the endpoint gave', async () => {
    const form = await openForm();
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    expect(heading(form)).to.equal('How are you involved?');
    expect(deepActive()!.getAttribute('role')).to.equal('heading');
    await choose(form, 'involvement', 0);
    await pressContinue(form);
    await type(form, 'description', 'Someone took my bicycle <b>from</b> the library.');
    await pressContinue(form);
    expect(heading(form)).to.equal('When did it happen?');
    await type(form, 'date', '3');
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '11'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '2026'});
    await pressContinue(form);
    await type(form, 'location', 'Outside the library on High Street');
    await pressContinue(form);
    // On a bus: the kind of public transport is asked once the answer is yes.
    expect(field(form, 'publicTransportType')).to.equal(null);
    await choose(form, 'publicTransport', 0);
    await settled(form);
    await choose(form, 'publicTransportType', 0);
    await pressContinue(form);
    await choose(form, 'weapon', 0);
    for (const question of ['assaulted', 'threatened', 'targeted', 'hate']) await choose(form, question, 1);
    await pressContinue(form);
    // A weapon was seen: what kind, and the person's words for it, both optional.
    expect(heading(form)).to.equal('About the weapon');
    await choose(form, 'weaponType', 0);
    await type(form, 'weaponDetails', 'A long kitchen knife');
    await pressContinue(form);
    // Add another: one suspect, then no more; no witnesses.
    expect(heading(form)).to.equal('Do you know anything about who did it?');
    await choose(form, 'suspects.any', 0);
    await pressContinue(form);
    expect(heading(form)).to.equal('About the person who did it 1');
    await choose(form, 'known', 1); // No, but I can describe them
    await type(form, 'description', 'Tall, about 20, grey hoodie');
    await pressContinue(form);
    expect(heading(form)).to.equal('People you have told us about');
    expect(root(form).querySelector('[part="summary"]')!.textContent).to.contain('Tall, about 20, grey hoodie');
    await choose(form, 'suspects.another', 1);
    await pressContinue(form);
    await choose(form, 'witnesses.any', 1);
    await pressContinue(form);
    // One stolen item.
    await choose(form, 'property.any', 0);
    await pressContinue(form);
    await choose(form, 'category', 1); // a bicycle
    await type(form, 'what', 'Black mountain bike');
    await choose(form, 'how', 0);
    await type(form, 'value', '350');
    await pressContinue(form);
    await choose(form, 'property.another', 1);
    await pressContinue(form);
    // A vehicle, only its make known, involved neither stolen nor damaged.
    await choose(form, 'vehicles.any', 0);
    await pressContinue(form);
    await type(form, 'make', 'white van');
    await choose(form, 'how', 2);
    await pressContinue(form);
    await choose(form, 'vehicles.another', 1);
    await pressContinue(form);
    await choose(form, 'alreadyReported', 1);
    await pressContinue(form);
    await type(form, 'givenName', 'Alex');
    await type(form, 'familyName', 'Example');
    await pressContinue(form);
    expect(heading(form)).to.equal('What is your date of birth? (optional)');
    await pressContinue(form);
    // The address is found by postcode, through the element's own endpoint.
    await type(form, 'homeAddress', 'CM1 1AA');
    await sendKeys({press: 'Enter'});
    const address = field(form, 'homeAddress');
    await until(() => address.shadowRoot!.activeElement?.id === 'choose');
    await sendKeys({press: 'ArrowDown'});
    await pressContinue(form);
    await choose(form, 'contactPreference', 0);
    await settled(form);
    await type(form, 'email', 'alex@example.com');
    await pressContinue(form);
    // Equality questions: optional; the ethnic group found by typing; the kind of disability once they say they have one.
    expect(heading(form)).to.equal('About you (optional)');
    await type(form, 'ethnicity', 'pakis');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Enter'});
    expect(field(form, 'disabilityCategory')).to.equal(null);
    await choose(form, 'disability', 0);
    await settled(form);
    await choose(form, 'disabilityCategory', 0);
    await pressContinue(form);

    expect(heading(form)).to.equal('Check your answers before sending your report');
    const summary = root(form).querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).to.contain('It happened to me').and.to.contain('3 November 2026').and.to.contain('Not provided');
    expect(summary).to.contain('<b>from</b>');
    expect(summary).to.contain('1 Example Street, Chelmsford, CM1 1AA');
    expect(summary).to.contain('Suspect 1').and.to.contain('Tall, about 20, grey hoodie');
    expect(summary).to.contain('Bus').and.to.contain('A knife').and.to.contain('A bicycle');
    expect(summary).to.contain('Physical or mobility');
    // What is shown is the answer alone: the template's own line breaks and indentation are not on screen.
    const shown = [...root(form).querySelectorAll<HTMLElement>('.summary__value')].map((value) => value.innerText);
    expect(shown.filter((value) => value !== value.trim())).to.deep.equal([]);
    await expect(form).to.be.accessible();

    const sent = oneEvent(form, 'soh-report-sent');
    await pressContinue(form);
    const {detail} = await sent;
    await settled(form);
    expect(root(form).querySelector('[part="confirmation"]')!.textContent).to.contain(detail.reference);
    expect(heading(form)).to.equal('Report sent');
    await expect(form).to.be.accessible();
    expect(sessionStorage.getItem('soh:draft:crime')).to.equal(null);

    const stored = (await inbox()).find((entry) => entry.customerReferenceNumber === detail.reference)!;
    const {data, included} = stored.document;
    expect(data.type).to.equal('incident');
    expect(data.attributes).to.deep.include({
      incidentOnPublicTransport: true,
      publicTransportType: 'PTTP_0001',
      hadWeapon: true,
    });
    const person = included.find((entity) => entity.type === 'person')!;
    expect(person.attributes).to.deep.include({
      givenName: ['Alex'],
      surname: 'Example',
      contactPreference: ['CPNC_0001'],
      disability: true,
      disabilityCategory: ['DCRY_0005'],
    });
    const relationships = data.relationships as Record<string, {data: Array<{id: string}>}>;
    expect(relationships.victim.data[0].id).to.equal(person.id);
    expect(relationships.personReporting.data[0].id).to.equal(person.id);
    expect(relationships.witness).to.equal(undefined);
    // Someone they can describe but do not know: an unknown suspect, who says so.
    const suspect = included.find((entity) => entity.id === relationships.unknownSuspect.data[0].id)!;
    expect(suspect.attributes).to.deep.equal({
      personDescription: 'Tall, about 20, grey hoodie',
      suspectKnown: 'SKWN_0002',
    });
    expect(relationships.knownSuspect).to.equal(undefined);
    const weapon = included.find((entity) => entity.id === relationships.weaponUsed.data[0].id)!;
    expect(weapon.attributes).to.deep.equal({weaponType: 'WTLT_0027', weaponDetails: 'A long kitchen knife'});
    const bicycle = included.find((entity) => entity.id === relationships.stolen.data[0].id)!;
    expect(bicycle.attributes).to.deep.include({
      propertyCategory: 'SITP_0002',
      propertyDescription: 'Black mountain bike',
    });
    const submission = included.find((entity) => entity.type === 'submission')!.attributes as Record<string, string>;
    expect(submission.forceIdentifier).to.equal(42);
    expect(submission.category).to.equal('OCR');
    expect(submission.submissionContent).to.contain('What happened: Someone took my bicycle');
    // The SDM relates a vehicle to a crime only as stolen or damaged: one involved another way is in the text alone.
    expect(included.some((entity) => entity.type === 'vehicle')).to.equal(false);
    expect(submission.submissionContent).to.contain('white van');
    expect(sdmBreaches(stored.document, sdmModel)).to.deep.equal([]);
    expect(included.find((entity) => entity.type === 'email')!.attributes).to.deep.equal({
      emailAddress: 'alex@example.com',
    });
  });

  it('says it is sending while it sends, keeps focus on Send, and sends once however often Send is pressed', async () => {
    const form = await openService('covid-breach');
    await answerCovidBreach(form, 'A large party');
    expect(heading(form)).to.equal('Check your answers before sending your report');
    let sentEvents = 0;
    form.addEventListener('soh-report-sent', () => sentEvents++);
    const send = root(form).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    send.focus();
    // A double click: the second press lands before anything has come back.
    send.click();
    send.click();
    await form.updateComplete;
    expect(send.textContent!.trim()).to.equal('Sending your report…');
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActive()).to.equal(send);
    await until(() => heading(form) === 'Report sent');
    // Anything a second send would do has had its time.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sentEvents).to.equal(1);
  });

  it('keeps the answers across a reload, and Back returns without losing them', async () => {
    let form = await openForm();
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    await choose(form, 'involvement', 1);
    await pressContinue(form);
    await type(form, 'description', 'A window was broken');
    // A reload: a new element, the same tab.
    const saved = sessionStorage.getItem('soh:draft:crime');
    expect(saved).to.contain('A window was broken');
    form.remove();
    const wrapper = await fixture<HTMLElement>(
      html`<div><soh-report-form service="crime" force="essex" endpoint=${sandboxUrl}></soh-report-form></div>`,
    );
    form = wrapper.querySelector<SohReportForm>('soh-report-form')!;
    await until(() => field(form, 'description'));
    expect(field(form, 'description').value).to.equal('A window was broken');
    root(form).querySelector<HTMLButtonElement>('.back-link')!.click();
    await settled(form);
    expect(field(form, 'involvement').value).to.equal('IVLD_0002');
    // The submission keeps its id (files sent on the way name it).
    const submissionId = (JSON.parse(saved!) as {submissionId: string}).submissionId;
    expect(submissionId).to.match(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(sessionStorage.getItem('soh:draft:crime')!)).to.include({submissionId});
  });

  it('speaks Welsh on a Welsh page', async () => {
    const form = await openForm('cy');
    expect(heading(form)).to.equal('A oes unrhyw un mewn perygl uniongyrchol, neu a oes trosedd yn digwydd nawr?');
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    expect(heading(form)).to.equal('Sut ydych chi’n gysylltiedig?');
    expect(root(form).querySelector('.back-link')!.textContent!.trim()).to.equal('Yn ôl');
    await expect(form).to.be.accessible();
  });
});

describe('<soh-report-form> changing service while loading', () => {
  it('shows the service asked for last, whichever loads first', async () => {
    sessionStorage.clear();
    const form = await fixture<SohReportForm>(
      html`<soh-report-form service="crime" force="essex" endpoint=${sandboxUrl}></soh-report-form>`,
    );
    form.service = 'covid-breach';
    await until(() => field(form, 'emergency'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    expect(heading(form)).to.equal('Where is the breach happening?');
  });
});

describe('<soh-report-form> on a page that names a force we do not know', () => {
  it('says so on the page, with 101 and 999, and names the force in the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const form = await fixture<SohReportForm>(
        html`<soh-report-form service="crime" force="atlantis" endpoint=${sandboxUrl}></soh-report-form>`,
      );
      await until(() => form.shadowRoot!.textContent!.includes('This service is not available here'));
      expect(form.shadowRoot!.textContent).to.contain('101');
      expect(form.shadowRoot!.querySelector('soh-yes-no')).to.equal(null);
      expect(warnings.join('\n')).to.contain('"atlantis" is not a force we know');
      await expect(form).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});

describe('<soh-report-form> with a service name every object inherits', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`says "${name}" is not available here, instead of loading for ever`, async () => {
      const error = console.error;
      console.error = () => undefined;
      try {
        const form = await fixture<SohReportForm>(
          html`<soh-report-form service=${name} force="essex" endpoint=${sandboxUrl}></soh-report-form>`,
        );
        await until(() => form.shadowRoot!.textContent!.includes('This form is not available here'));
        expect(form.shadowRoot!.textContent).to.contain('call 101').and.not.to.contain('Loading');
      } finally {
        console.error = error;
      }
    });
  }
});

describe('<soh-report-form follow-url>', () => {
  afterEach(() => sessionStorage.clear());

  /** A COVID-19 breach report, sent from its check page; the confirmation's follow part, if any. */
  async function sendWith(followUrl: string): Promise<{follow: Element | null; errors: string[]}> {
    const answers = {emergency: 'no', location: 'The park', date: '2026-11-02', description: 'A large party'};
    sessionStorage.setItem('soh:draft:covid-breach', JSON.stringify({at: 'check', answers, editing: {}}));
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const form = await fixture<SohReportForm>(
        html`<soh-report-form
          service="covid-breach"
          force="essex"
          endpoint=${sandboxUrl}
          follow-url=${followUrl}
        ></soh-report-form>`,
      );
      await until(() => root(form).querySelector('form [type="submit"]'));
      root(form).querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
      await until(() => root(form).querySelector('.reference'), 15000);
      await settled(form);
      return {follow: root(form).querySelector('[part="follow"]'), errors};
    } finally {
      console.error = error;
    }
  }

  it('offers to follow the report on an http(s) page', async () => {
    const {follow, errors} = await sendWith('/follow.html');
    expect(follow).to.not.equal(null);
    expect(errors).to.deep.equal([]);
  });

  for (const followUrl of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>']) {
    it(`offers nothing to follow with ${followUrl.slice(0, 11)}…, and tells the developer`, async () => {
      const {follow, errors} = await sendWith(followUrl);
      expect(follow).to.equal(null);
      expect(errors.join('\n')).to.contain('<soh-report-form> follow-url').and.to.contain('is not an http(s) address');
    });
  }
});

import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {settled} from '../helpers/fixtures.js';
import {choose, heading, inbox, openService, pressContinue, root, type} from '../helpers/report-form-driver.js';

async function sendAndFind(form: Parameters<typeof pressContinue>[0]) {
  expect(heading(form)).to.equal('Check your answers before sending your report');
  await expect(form).to.be.accessible();
  const sent = oneEvent(form, 'soh-report-sent');
  await pressContinue(form);
  const {detail} = await sent;
  await settled(form);
  expect(root(form).querySelector('[part="confirmation"]')!.textContent).to.contain(detail.reference);
  return (await inbox()).find((entry) => entry.customerReferenceNumber === detail.reference)!.document;
}

async function typeDate(form: Parameters<typeof pressContinue>[0], question: string): Promise<void> {
  await type(form, question, '2');
  await sendKeys({press: 'Tab'});
  await sendKeys({type: '11'});
  await sendKeys({press: 'Tab'});
  await sendKeys({type: '2026'});
}

describe('anti-social behaviour, to the sandbox', () => {
  it('is reported without giving any details, and arrives as ASB', async () => {
    const form = await openService('asb');
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    expect(heading(form)).to.equal('What is happening?');
    await type(form, 'description', 'Loud music every night until 3am');
    await pressContinue(form);
    await type(form, 'location', '12 Example Road');
    await pressContinue(form);
    await typeDate(form, 'date');
    await choose(form, 'ongoing', 0);
    await settled(form);
    await choose(form, 'frequency', 0);
    await pressContinue(form);
    await pressContinue(form); // who: optional
    await type(form, 'impact', 'I cannot sleep');
    await pressContinue(form);
    await choose(form, 'wantsContact', 1);
    await pressContinue(form);
    const {data, included} = await sendAndFind(form);
    expect(data.attributes).to.deep.include({
      ongoing: true,
      frequency: 'daily',
      impactOnVictim: 'I cannot sleep',
      contactRequested: false,
    });
    expect(included.map((entity) => entity.type).sort()).to.deep.equal(['location', 'submission']);
    expect(
      (included.find((entity) => entity.type === 'submission')!.attributes as {category: string}).category,
    ).to.equal('ASB');
  });
});

describe('a COVID-19 breach, to the sandbox', () => {
  it('takes where, when and what, in Welsh too', async () => {
    const form = await openService('covid-breach', 'cy');
    expect(heading(form)).to.equal('A oes unrhyw un mewn perygl uniongyrchol, neu a oes trosedd yn digwydd nawr?');
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    expect(heading(form)).to.equal('Ble mae’r rheolau’n cael eu torri?');
    await type(form, 'location', 'Y parc');
    await pressContinue(form);
    await typeDate(form, 'date');
    await pressContinue(form);
    await type(form, 'description', 'Parti mawr');
    await pressContinue(form);
    expect(heading(form)).to.equal('Gwiriwch eich atebion cyn anfon eich adroddiad');
    const sent = oneEvent(form, 'soh-report-sent');
    await pressContinue(form);
    const {detail} = await sent;
    const document = (await inbox()).find((entry) => entry.customerReferenceNumber === detail.reference)!.document;
    const submission = document.included.find((entity) => entity.type === 'submission')!.attributes as Record<
      string,
      string
    >;
    expect(submission.category).to.equal('CVD');
    expect(submission.submissionContent).to.contain('Where: Y parc').and.to.contain('What: Parti mawr');
  });
});

describe('a road traffic collision, to the sandbox', () => {
  it('explains the duty first, then takes the collision, the other vehicle with its driver, and who reports it', async () => {
    const form = await openService('road-traffic');
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    expect(heading(form)).to.equal('Your duty to report a collision');
    expect(root(form).textContent).to.contain('within 24 hours');
    await pressContinue(form);
    await typeDate(form, 'date');
    await type(form, 'time', '17');
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '45'});
    await pressContinue(form);
    expect(root(form).querySelector('.error-summary')?.textContent?.trim() ?? '').to.equal('');
    await type(form, 'location', 'A12, junction 19');
    await pressContinue(form);
    await choose(form, 'vehicles.any', 0);
    await pressContinue(form);
    await type(form, 'registration', 'ab12 cde');
    await type(form, 'driver', 'Jo Bloggs');
    await pressContinue(form);
    await choose(form, 'vehicles.another', 1);
    await pressContinue(form);
    await choose(form, 'injuries', 1);
    await pressContinue(form);
    await pressContinue(form); // insurance: optional
    await choose(form, 'dashcam', 0);
    await pressContinue(form);
    await type(form, 'givenName', 'Alex');
    await type(form, 'familyName', 'Example');
    await pressContinue(form);
    await choose(form, 'contactPreference', 1);
    await settled(form);
    await type(form, 'telephone', '07700 900982');
    await pressContinue(form);
    const {data, included} = await sendAndFind(form);
    expect(data.attributes).to.deep.include({injuries: false, footageAvailable: true});
    const vehicle = included.find((entity) => entity.type === 'vehicle')!;
    expect(vehicle.attributes).to.deep.equal({registration: 'AB12CDE'});
    const driverId = (vehicle.relationships as Record<string, {data: Array<{id: string}>}>).driver.data[0].id;
    expect(included.find((entity) => entity.id === driverId)!.attributes).to.deep.equal({
      givenNames: ['Jo'],
      surname: 'Bloggs',
    });
  });
});

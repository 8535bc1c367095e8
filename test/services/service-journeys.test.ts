import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import {settled, until} from '../helpers/fixtures.js';
import {
  asOperator,
  choose,
  chooseFiles,
  field,
  heading,
  inbox,
  lookUpAddress,
  openService,
  pressContinue,
  root,
  settledPage,
  type,
} from '../helpers/report-form-driver.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';

async function sendAndFind(form: Parameters<typeof pressContinue>[0]) {
  expect(heading(form)).to.equal('Check your answers before sending your report');
  await expect(form).to.be.accessible();
  const sent = oneEvent(form, 'soh-report-sent');
  await pressContinue(form);
  const {detail} = await sent;
  await settled(form);
  expect(root(form).querySelector('[part="confirmation"]')!.textContent).to.contain(detail.reference);
  const {document} = (await inbox()).find((entry) => entry.customerReferenceNumber === detail.reference)!;
  // Every attribute, relationship and code is the published SDM's.
  expect(sdmBreaches(document, sdmModel)).to.deep.equal([]);
  return document;
}

/** The shared name and contact pages: Alex Example, by telephone. */
async function nameAndTelephone(form: Parameters<typeof pressContinue>[0]): Promise<void> {
  await type(form, 'givenName', 'Alex');
  await type(form, 'familyName', 'Example');
  await pressContinue(form);
  await choose(form, 'contactPreference', 1);
  await settled(form);
  await type(form, 'telephone', '07700 900982');
  await pressContinue(form);
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
    // Who: optional; someone they can describe, but do not know.
    expect(field(form, 'who')).to.equal(null);
    await choose(form, 'whoKnown', 1);
    await settled(form);
    await type(form, 'who', 'Two men from the flat above');
    await pressContinue(form);
    await type(form, 'impact', 'I cannot sleep');
    await pressContinue(form);
    await choose(form, 'wantsContact', 1);
    await pressContinue(form);
    const {data, included} = await sendAndFind(form);
    expect(data.attributes).to.deep.equal({
      incidentDescription: 'Loud music every night until 3am',
      incidentApproximateDate: '2026-11-02',
      incidentExactTimeKnown: false,
      incidentStillHappening: true,
    });
    expect(included.map((entity) => entity.type).sort()).to.deep.equal(['location', 'person', 'submission']);
    // Not someone they know: an unknown suspect, in their words.
    const suspectId = (data.relationships as Record<string, {data: Array<{id: string}>}>).unknownSuspect.data[0].id;
    expect(included.find((entity) => entity.id === suspectId)!.attributes).to.deep.equal({
      suspectKnown: 'SKWN_0002',
      personDescription: 'Two men from the flat above',
    });
    const submission = included.find((entity) => entity.type === 'submission')!.attributes as Record<string, string>;
    expect(submission.category).to.equal('ASB');
    // How often, and the effect on them, have no SDM attribute: they are in the plain-text report.
    expect(submission.submissionContent).to.contain('I cannot sleep');
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
    expect(sdmBreaches(document, sdmModel)).to.deep.equal([]);
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
    await choose(form, 'damaged', 0);
    await type(form, 'driver', 'Jo Bloggs');
    await pressContinue(form);
    await choose(form, 'vehicles.another', 1);
    await pressContinue(form);
    await choose(form, 'injuries', 1);
    await pressContinue(form);
    await pressContinue(form); // insurance: optional
    await choose(form, 'dashcam', 0);
    await pressContinue(form);
    await nameAndTelephone(form);
    const {data, included} = await sendAndFind(form);
    expect(data.attributes).to.deep.include({incidentExactTimeKnown: true});
    const relationships = data.relationships as Record<string, {data: Array<{id: string}>}>;
    const vehicle = included.find((entity) => entity.id === relationships.damaged.data[0].id)!;
    expect(vehicle.attributes).to.deep.equal({vehicleVRM: 'AB12CDE', vehicleDamaged: true});
    const evidence = included.find((entity) => entity.id === relationships.incidentEvidence.data[0].id)!;
    // Footage to come: they said they have it, and sent none with the report.
    expect(evidence.attributes).to.deep.equal({
      yourVideoAudioPhotoEvidenceAvailable: true,
      howToProvideYourMedia: 'HTPY_0001',
    });
    // The other driver has no place in the SDM but the report's text.
    const submission = included.find((entity) => entity.type === 'submission')!.attributes as Record<string, string>;
    expect(submission.submissionContent).to.contain('Jo Bloggs');
  });
});

describe('a missing person, to the sandbox', () => {
  it('says not to wait 24 hours, takes who, a photo, last seen, health and history, and arrives as MIS', async () => {
    const form = await openService('missing-person');
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    expect(root(form).textContent).to.contain('You do not need to wait 24 hours');
    await pressContinue(form);
    await type(form, 'missingGivenName', 'Sam');
    await type(form, 'missingFamilyName', 'Example');
    await pressContinue(form);
    await type(form, 'missingAge', '15'); // no date of birth: an age, in years
    await pressContinue(form);
    await choose(form, 'relationship', 0);
    await pressContinue(form);
    await type(form, 'missingDescription', 'Tall, short dark hair, glasses');
    await type(form, 'missingClothing', 'Blue coat');
    await pressContinue(form);
    const photo = new Uint8Array(2048);
    photo.set([0xff, 0xd8, 0xff, 0xe0]);
    await chooseFiles(form, 'photo', [new File([photo], 'sam.jpg', {type: 'image/jpeg'})]);
    // Sent as soon as it is chosen; Continue waits until the endpoint has it.
    await until(() => (field(form, 'photo').value as unknown[]).length === 1);
    await pressContinue(form);
    // Back: the photo is listed as uploaded, and Continue takes it as the answer again.
    root(form).querySelector<HTMLButtonElement>('.back-link')!.click();
    await settledPage(form);
    await until(() => field(form, 'photo').shadowRoot!.textContent!.includes('Uploaded and checked'));
    expect(field(form, 'photo').shadowRoot!.querySelector('[part="file-list"]')!.textContent).to.contain('sam.jpg');
    await pressContinue(form);
    await typeDate(form, 'lastSeenDate');
    await pressContinue(form);
    await type(form, 'lastSeenLocation', 'Chelmsford station');
    await pressContinue(form);
    await type(form, 'places', 'Their aunt in Colchester');
    await pressContinue(form);
    await choose(form, 'healthNeeds', 0);
    await settled(form);
    await type(form, 'healthDetails', 'Diabetes, needs insulin');
    await choose(form, 'selfHarm', 0);
    await pressContinue(form);
    await choose(form, 'money', 2);
    await pressContinue(form);
    await pressContinue(form); // phone and accounts: optional
    await choose(form, 'missingBefore', 1);
    await pressContinue(form);
    await nameAndTelephone(form);
    expect(root(form).querySelector('[part="summary"]')!.textContent).to.contain('sam.jpg');
    const {data, included} = await sendAndFind(form);
    expect(data.attributes).to.deep.equal({incidentApproximateDate: '2026-11-02', incidentExactTimeKnown: false});
    type Related = Record<string, {data: Array<{id: string}>}>;
    const reporter = included.find(
      (entity) => entity.id === (data.relationships as Related).personReporting.data[0].id,
    )!;
    // "I am their parent or carer": the person reporting is responsible for them.
    const missingId = (reporter.relationships as Related).responsibleFor.data[0].id;
    expect(included.find((entity) => entity.id === missingId)!.attributes).to.deep.include({
      givenName: ['Sam'],
      surname: 'Example',
      dateOfBirthKnown: false,
      age: 15,
      welfareRisk: true,
      welfareRiskDetails: 'Diabetes, needs insulin',
      riskOfSelfHarm: true,
    });
    const submission = included.find((entity) => entity.type === 'submission')!;
    const {category, submissionContent, submissionId} = submission.attributes as Record<string, string>;
    expect(category).to.equal('MIS');
    // The photo is the submission's attachment, referenced by the address it is fetched from.
    const attachmentId = (submission.relationships as Related).attachments.data[0].id;
    const attachment = included.find((entity) => entity.id === attachmentId)!.attributes as Record<string, string>;
    expect(attachment).to.deep.include({attachmentName: 'sam.jpg', attachmentMimeType: 'image/jpeg'});
    expect((await fetch(attachment.attachmentContent, asOperator)).status).to.equal(200);
    // Its size and the SHA-256 the endpoint checked, which the SDM's attachment cannot hold, are in the text.
    expect(submissionContent).to.match(/sam\.jpg: image\/jpeg, 2048 bytes, SHA-256 [0-9a-f]{64}/);
    // The upload names the submission it went with, as the report does (tus HEAD answers with the metadata).
    const head = await fetch(attachment.attachmentContent, {
      method: 'HEAD',
      headers: {'Tus-Resumable': '1.0.0', ...(asOperator.headers as Record<string, string>)},
    });
    const metadata = Object.fromEntries(
      head.headers
        .get('Upload-Metadata')!
        .split(',')
        .map((pair) => pair.split(' '))
        .map(([key, value]) => [key, atob(value ?? '')]),
    );
    expect(submissionId).to.match(/^[0-9a-f-]{36}$/);
    expect(metadata.submissionId).to.equal(submissionId);
  });
});

describe('a firearms certificate application, to the sandbox', () => {
  it('asks no emergency question, takes five years of addresses, GP, two referees, and is sent as an application', async () => {
    const form = await openService('firearms');
    expect(heading(form)).to.equal('Before you start');
    expect(root(form).querySelector('.back-link')).to.equal(null);
    await pressContinue(form);
    await choose(form, 'applicationType', 1); // renewal
    await choose(form, 'certificateType', 2); // both
    await pressContinue(form);
    expect(heading(form)).to.equal('Your current certificate');
    await type(form, 'certificateNumber', 'FAC 12345');
    await pressContinue(form);
    await type(form, 'givenName', 'Alex');
    await type(form, 'familyName', 'Example');
    await pressContinue(form);
    await type(form, 'dateOfBirth', '3');
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '4'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '1980'});
    await type(form, 'placeOfBirth', 'Chelmsford, England');
    await type(form, 'occupation', 'Farmer');
    await pressContinue(form);
    await lookUpAddress(form, 'homeAddress', 'CM1 1AA');
    await typeDate(form, 'movedIn');
    await pressContinue(form);
    await choose(form, 'previousAddresses.any', 0);
    await pressContinue(form);
    await lookUpAddress(form, 'address', 'CF10 1AA');
    await type(form, 'from', '1');
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '1'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '2015'});
    await typeDate(form, 'to');
    await pressContinue(form);
    expect(heading(form)).to.equal('Your addresses in the last 5 years');
    await choose(form, 'previousAddresses.another', 1);
    await pressContinue(form);
    await choose(form, 'contactPreference', 0);
    await settled(form);
    await type(form, 'email', 'alex@example.com');
    await pressContinue(form);
    await choose(form, 'medicalConditions', 1);
    await choose(form, 'medicalConsent', 0);
    await pressContinue(form);
    await type(form, 'gpPractice', 'Example Surgery');
    await lookUpAddress(form, 'gpAddress', 'CM1 1AB');
    await pressContinue(form);
    for (const number of [1, 2]) {
      expect(heading(form)).to.equal(number === 1 ? 'Your first referee' : 'Your second referee');
      await type(form, `referee${number}Name`, number === 1 ? 'Jo Bloggs' : 'Sam Smith');
      await lookUpAddress(form, `referee${number}Address`, 'SW1A 1AA');
      await type(form, `referee${number}Telephone`, '01632 960001');
      await type(form, `referee${number}Occupation`, 'Teacher');
      await type(form, `referee${number}YearsKnown`, '10');
      await pressContinue(form);
    }
    await choose(form, 'convictions', 1);
    await pressContinue(form);
    await choose(form, 'declaration', 0);
    await pressContinue(form);
    expect(heading(form)).to.equal('Check your answers before sending your application');
    await expect(form).to.be.accessible();
    const sent = oneEvent(form, 'soh-report-sent');
    await pressContinue(form);
    const {detail} = await sent;
    await settled(form);
    expect(root(form).querySelector('h1')!.textContent!.trim()).to.equal('Application sent');
    expect(root(form).textContent).to.contain('Next, pay the fee');
    const document = (await inbox()).find((entry) => entry.customerReferenceNumber === detail.reference)!.document;
    expect(sdmBreaches(document, sdmModel)).to.deep.equal([]);
    const {data, included} = document;
    type Related = Record<string, {data: Array<{id: string}>}>;
    const applicant = included.find(
      (entity) => entity.id === (data.relationships as Related).personReporting.data[0].id,
    )!;
    const applicantRelationships = applicant.relationships as Related;
    expect(applicantRelationships.acquaintanceOrOtherKnownRelationship.data).to.have.length(2);
    const gp = included.find((entity) => entity.id === applicantRelationships.registeredGpAddress.data[0].id)!;
    expect(gp.attributes).to.deep.include({organisationName: 'Example Surgery', postcode: 'CM1 1AB'});
    // What is applied for and the earlier addresses have no SDM attribute: they are in the report's text.
    const submission = included.find((entity) => entity.type === 'submission')!.attributes as Record<string, string>;
    expect(submission.category).to.equal('FAL');
    expect(submission.submissionContent).to.contain('CF10 1AA').and.to.contain('FAC 12345');
  });
});

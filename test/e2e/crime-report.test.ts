import type {Page} from 'playwright';
import {beforeEach, describe, expect, it} from 'vitest';
import {useSandboxAndBrowser} from './harness.js';
import {Keyboard, ofType, textBox} from './keyboard.js';
import {PlaywrightPage} from './engines/playwright-page.js';
import {inboxEntries, signInToBackOffice} from './back-office.js';

// A person reports a crime on the demo force site with the keyboard alone,
// and the report reaches the real sandbox endpoint over HTTP.
const harness = useSandboxAndBrowser();
let page: Page;
let keys: Keyboard;

beforeEach(async () => {
  await harness.app.inject({method: 'DELETE', url: '/__faults'});
  page = await (await harness.browser.newContext()).newPage();
  keys = new Keyboard(new PlaywrightPage(page));
});

const words = {
  en: {continue: 'Continue', send: 'Send report', sent: 'Report sent'},
  cy: {continue: 'Parhau', send: 'Anfon adroddiad', sent: 'Adroddiad wedi’i anfon'},
};

/** The whole crime report, keys only, up to and including Send. */
async function reportByKeyboard(language: 'en' | 'cy'): Promise<void> {
  const say = words[language];
  await keys.tabTo(ofType('radio')); // Is anyone in danger? Yes / No
  await page.keyboard.press('ArrowDown'); // No
  await keys.pressButton(say.continue);
  await keys.tabTo(ofType('radio')); // How are you involved?
  await page.keyboard.press('Space');
  await keys.pressButton(say.continue);
  await keys.tabTo(textBox);
  await page.keyboard.type('Someone took my bicycle from outside the library.');
  await keys.pressButton(say.continue);
  await keys.tabTo(textBox); // day, month, year
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('11');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await keys.pressButton(say.continue);
  await keys.tabTo(textBox);
  await page.keyboard.type('High Street, outside the library');
  await keys.pressButton(say.continue);
  await keys.radio(0); // on public transport? Yes: which kind is asked below it
  await keys.radio(0); // a bus
  await keys.nextPage(say.continue);
  await keys.radio(0); // a weapon used or seen? Yes
  for (let question = 0; question < 4; question++) await keys.radio(1); // hurt, threatened, targeted, hate: No
  await keys.nextPage(say.continue);
  await keys.radio(0); // about the weapon (optional): a knife
  await keys.nextPage(say.continue);
  await keys.radio(0); // who did it? Yes
  await keys.nextPage(say.continue);
  await keys.radio(1); // do you know who they are? No, but I can describe them
  await keys.text(''); // their name: optional
  await keys.text('Tall, grey hoodie');
  await keys.nextPage(say.continue);
  await keys.radio(1); // another? No
  await keys.nextPage(say.continue);
  await keys.radio(1); // anyone see it? No
  await keys.nextPage(say.continue);
  await keys.radio(0); // anything stolen or damaged? Yes
  await keys.nextPage(say.continue);
  await keys.radio(1); // what kind of thing? A bicycle
  await keys.text('Black mountain bike');
  await keys.radio(0); // stolen
  await keys.nextPage(say.continue);
  await keys.radio(1); // another? No
  await keys.nextPage(say.continue);
  for (let step = 0; step < 2; step++) {
    await keys.radio(1); // a vehicle? reported before? No
    await keys.nextPage(say.continue);
  }
  await keys.tabTo(textBox);
  await page.keyboard.type('Alex');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Example');
  await page.keyboard.press('Enter'); // Enter in a text field submits, as in any form
  await keys.pressButton(say.continue); // date of birth: optional, skipped
  await keys.tabTo(textBox); // postcode
  await page.keyboard.type('cm1 1aa');
  await page.keyboard.press('Enter'); // find the address; focus moves to the list
  await page.waitForFunction(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.localName === 'select';
  });
  await page.keyboard.press('ArrowDown');
  await keys.pressButton(say.continue);
  await keys.tabTo(ofType('radio'));
  await page.keyboard.press('Space'); // by email
  await keys.tabTo(textBox);
  await page.keyboard.type('alex@example.com');
  await page.keyboard.press('Enter');
  await keys.pressButton(say.continue); // equality questions: all optional
  await page.getByRole('heading', {level: 1}).first().waitFor();
  await keys.pressButton(say.send);
}

interface StoredDocument {
  data: {attributes: Record<string, unknown>};
  included: Array<{attributes: Record<string, unknown>}>;
}

async function reference(language: 'en' | 'cy'): Promise<string> {
  await page.getByRole('heading', {name: words[language].sent}).waitFor({timeout: 30000});
  return (await page.locator('soh-report-form .reference').innerText()).trim();
}

async function storedWith(customerReference: string): Promise<number> {
  const inbox = await inboxEntries<{customerReferenceNumber: string}>(harness.app);
  return inbox.filter((entry) => entry.customerReferenceNumber === customerReference).length;
}

/** What the keys chose on the new questions' pages, in the SDM's codes. */
async function expectWhatTheKeysChose(customerReference: string): Promise<void> {
  const {document} = (
    await inboxEntries<{customerReferenceNumber: string; document: StoredDocument}>(harness.app)
  ).find((entry) => entry.customerReferenceNumber === customerReference)!;
  expect(document.data.attributes).toMatchObject({publicTransportType: 'PTTP_0001', hadWeapon: true});
  expect(document.included.map(({attributes}) => attributes)).toEqual(
    expect.arrayContaining([
      {weaponType: 'WTLT_0027'},
      {personDescription: 'Tall, grey hoodie', suspectKnown: 'SKWN_0002'},
      {propertyCategory: 'SITP_0002', propertyDescription: 'Black mountain bike'},
    ]),
  );
}

async function storedCount(): Promise<number> {
  return (await inboxEntries(harness.app)).length;
}

describe('reporting a crime on the demo site', () => {
  it('is done with the keyboard alone, in English, and arrives in the inbox', async () => {
    await page.goto(`${harness.origin}/report/crime`);
    await page.locator('soh-report-form soh-yes-no').waitFor();
    await reportByKeyboard('en');
    const customerReference = await reference('en');
    expect(customerReference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await storedWith(customerReference)).toBe(1);
    await expectWhatTheKeysChose(customerReference);
    const inboxPage = await page.context().newPage();
    await signInToBackOffice(inboxPage, harness.origin);
    await expect(inboxPage.locator('main').innerText()).resolves.toContain(customerReference);
  });

  it('is done with the keyboard alone, in Welsh', async () => {
    await page.goto(`${harness.origin}/cy/report/crime`);
    await page
      .getByRole('heading', {name: 'A oes unrhyw un mewn perygl uniongyrchol, neu a oes trosedd yn digwydd nawr?'})
      .waitFor();
    await reportByKeyboard('cy');
    const customerReference = await reference('cy');
    expect(await storedWith(customerReference)).toBe(1);
    await expectWhatTheKeysChose(customerReference);
  });

  it('stores one report when the endpoint fails three times first', async () => {
    await harness.app.inject({
      method: 'POST',
      url: '/__faults',
      payload: {incidents: {fail: 3, status: 503, retryAfter: 1}},
    });
    const before = await storedCount();
    await page.goto(`${harness.origin}/report/crime`);
    await page.locator('soh-report-form soh-yes-no').waitFor();
    await reportByKeyboard('en');
    await page.locator('soh-report-form [part="send-problem"]').waitFor();
    const customerReference = await reference('en');
    expect(await storedWith(customerReference)).toBe(1);
    expect(await storedCount()).toBe(before + 1);
  });

  it('stores one report when the connection drops after the endpoint stored it', async () => {
    await harness.app.inject({method: 'POST', url: '/__faults', payload: {incidents: {dropAfterStore: 1}}});
    const before = await storedCount();
    await page.goto(`${harness.origin}/report/crime`);
    await page.locator('soh-report-form soh-yes-no').waitFor();
    await reportByKeyboard('en');
    const customerReference = await reference('en');
    expect(await storedWith(customerReference)).toBe(1);
    expect(await storedCount()).toBe(before + 1);
    expect((await harness.app.inject({method: 'GET', url: '/__faults'})).json().incidents.dropAfterStore).toBe(0);
  });
});

import type {Page} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';
import {Keyboard, ofType} from './keyboard.js';
import {PlaywrightPage} from './engines/playwright-page.js';
import {quietSandbox} from './quiet-sandbox.js';
import {inFreshProfile, type ProfileTraces} from './browser-profile.js';

// What the browser itself keeps after a person's journeys: its history
// database and its on-disk storage, read from a real profile after the
// browser has closed. The exit control cannot clear history, so nothing we
// put in an address may be a secret, and nothing the person must keep to
// themselves may be left in storage.

let app: FastifyInstance;
let origin: string;
beforeAll(async () => {
  app = await quietSandbox();
  origin = await app.listen({port: 0, host: '127.0.0.1'});
});
afterAll(() => app?.close());

/** The crime report on the demo site, keys only, up to its confirmation; answers the reference. */
async function reportCrime(page: Page, keys: Keyboard): Promise<string> {
  await page.goto(`${origin}/report/crime`);
  await page.locator('soh-report-form soh-yes-no').waitFor();
  await keys.radio(1); // anyone in danger? No
  await keys.pressButton('Continue');
  await keys.radio(0); // how are you involved?
  await keys.pressButton('Continue');
  await keys.text('Someone took my bicycle from outside the library.');
  await keys.pressButton('Continue');
  await keys.parts('3', '11', '2026');
  await keys.pressButton('Continue');
  await keys.text('High Street, outside the library');
  await keys.pressButton('Continue');
  await keys.radio(1); // on public transport? No
  await keys.pressButton('Continue');
  for (let question = 0; question < 5; question++) await keys.radio(1); // weapon, hurt, threatened, targeted, hate
  await keys.pressButton('Continue');
  for (let step = 0; step < 5; step++) {
    await keys.radio(1); // who did it? anyone see it? anything stolen? a vehicle? reported before? No
    await keys.pressButton('Continue');
  }
  await keys.parts('Alex', 'Example');
  await keys.press('Enter');
  await keys.pressButton('Continue'); // date of birth: optional
  await keys.address('cm1 1aa');
  await keys.pressButton('Continue');
  await keys.radio(0); // by email
  await keys.text('alex@example.com');
  await keys.press('Enter');
  await keys.pressButton('Continue'); // equality questions: all optional
  await page.getByRole('heading', {level: 1}).first().waitFor();
  await keys.pressButton('Send report');
  await page.getByRole('heading', {name: 'Report sent'}).waitFor({timeout: 30000});
  return (await page.locator('soh-report-form .reference').first().innerText()).trim();
}

/** The domestic-abuse report, choosing messages on this website as the safe way; answers the reference. */
async function reportDomesticAbuse(page: Page, keys: Keyboard): Promise<string> {
  await page.goto(`${origin}/report/domestic-abuse`);
  await page.locator('soh-report-form soh-yes-no').waitFor();
  await keys.radio(1); // in danger now? No
  await keys.pressButton('Continue');
  await page.getByRole('heading', {name: 'Before you start'}).waitFor();
  await keys.pressButton('Continue');
  await keys.text('He reads my messages and follows me.');
  await keys.pressButton('Continue');
  await keys.radio(0); // partner
  await keys.radio(1); // lives with you? No
  await keys.radio(1); // children? No
  await keys.pressButton('Continue');
  await keys.text('Sam Example');
  await keys.press('Enter');
  for (let option = 0; option < 4; option++) await keys.tabTo(ofType('checkbox')); // phone, text, email, online
  await keys.press('Space'); // messages on this website
  await keys.checkbox(); // mornings
  await keys.pressButton('Continue');
  await page.getByRole('heading', {level: 1}).first().waitFor();
  await keys.pressButton('Send report');
  await page.getByRole('heading', {name: 'Report sent'}).waitFor({timeout: 30000});
  return (await page.locator('soh-report-form .reference').first().innerText()).trim();
}

/** Asks for the access code on the confirmation; answers it and the link offered, if any. */
async function followCode(page: Page, keys: Keyboard): Promise<{code: string; link?: string}> {
  await keys.pressButton('Get a code to follow it');
  const code = (await page.locator('soh-report-form [part="follow"] .reference').innerText({timeout: 10000})).trim();
  const links = page.locator('soh-report-form [part="follow"] a');
  const link = (await links.count()) > 0 ? ((await links.first().getAttribute('href')) ?? undefined) : undefined;
  return {code, link: link ? new URL(link, page.url()).href : undefined};
}

const statusText = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector('soh-report-status')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
  );

/** On the follow page: signed in by the link, or by typing the reference and the code; then the force's message. */
async function readReport(page: Page, keys: Keyboard, reference: string, code: string): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('soh-report-status')?.shadowRoot?.textContent ?? '';
    return text.includes('Report received') || text.includes('Access code');
  });
  if (!(await statusText(page)).includes('Report received')) {
    await keys.text(reference);
    await keys.text(code);
    await keys.pressButton('View your report');
  }
  await page.waitForFunction(() =>
    (document.querySelector('soh-report-status')?.shadowRoot?.textContent ?? '').includes('Which bicycle'),
  );
}

const forceWrites = (reference: string) =>
  app.inject({
    method: 'POST',
    url: `/inbox/${reference}/messages`,
    headers: {'content-type': 'application/json', authorization: `Bearer ${TEST_OPERATOR_TOKEN}`},
    payload: {text: 'Which bicycle was it?'},
  });

describe('what the browser keeps after following a report', () => {
  const seen: Array<{reference: string; code: string; link?: string}> = [];
  let traces: ProfileTraces;

  beforeAll(async () => {
    traces = await inFreshProfile(async (context) => {
      const page = await context.newPage();
      const keys = new Keyboard(new PlaywrightPage(page));

      const crime = await reportCrime(page, keys);
      const crimeFollow = await followCode(page, keys);
      seen.push({reference: crime, ...crimeFollow});
      expect((await forceWrites(crime)).statusCode).toBe(204);
      await page.goto(crimeFollow.link ?? `${origin}/follow`);
      await readReport(page, keys, crime, crimeFollow.code);

      const abuse = await reportDomesticAbuse(page, keys);
      const abuseFollow = await followCode(page, keys);
      seen.push({reference: abuse, ...abuseFollow});
      expect((await forceWrites(abuse)).statusCode).toBe(204);
      await page.goto(`${origin}/follow`);
      await readReport(page, keys, abuse, abuseFollow.code);
    });
  }, 240_000);
  afterAll(() => traces?.remove());

  it('offers a link to the follow page that carries nothing secret, and none at all after domestic abuse', () => {
    const [crime, abuse] = seen;
    expect(crime.link).toBe(`${origin}/follow`);
    expect(abuse.link).toBeUndefined();
  });

  it('has no access code, and no reference, in any address in the history', () => {
    expect(traces.history.map((visit) => visit.url)).toContain(`${origin}/follow`);
    for (const {reference, code} of seen) {
      const bare = code.replaceAll('-', '');
      for (const visit of traces.history) {
        for (const secret of [code, bare, encodeURIComponent(code)]) expect(visit.url).not.toContain(secret);
        expect(visit.url).not.toContain(reference);
        expect(visit.title).not.toContain(reference);
      }
    }
  });

  it('leaves neither the code nor the reference in page storage', () => {
    for (const {reference, code} of seen) {
      expect(traces.storageHolding(code)).toEqual([]);
      expect(traces.storageHolding(reference)).toEqual([]);
    }
  });

  it('leaves the access code nowhere in the profile', () => {
    for (const {code} of seen) expect(traces.anywhereHolding(code)).toEqual([]);
  });
});

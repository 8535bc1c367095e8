import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import '../../../src/widgets/report-status/soh-report-status.js';
import type {SohReportStatus} from '../../../src/widgets/report-status/report-status.js';
import {shadowText, until, deepActiveElement} from '../../helpers/fixtures.js';
// @ts-expect-error a virtual module the test runner serves: the real sandbox endpoint
import {sandboxUrl} from '/__sandbox.js';

// Following a report against the real sandbox: a report is sent and
// followed over HTTP first, as the report form does; the back office is
// played with the sandbox's inbox calls.

/** A report sent and followed: its reference and access code. */
async function followedReport(): Promise<{reference: string; code: string}> {
  const document = await (await fetch('/test/fixtures/minimal-incident.json')).text();
  const key = crypto.randomUUID();
  const sent = await fetch(new URL('incidents', sandboxUrl), {
    method: 'POST',
    headers: {'Content-Type': 'application/vnd.api+json', 'Idempotency-Key': key},
    body: document,
  });
  const reference = (await sent.json()).data.attributes.customerReferenceNumber as string;
  const follow = await fetch(new URL('follow', sandboxUrl), {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({reference, submissionKey: key}),
  });
  return {reference, code: (await follow.json()).code};
}

const inbox = (reference: string, what: string, body: object) =>
  fetch(new URL(`inbox/${reference}/${what}`, sandboxUrl), {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body),
  });

async function statusElement(lang = 'en'): Promise<SohReportStatus> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><soh-report-status endpoint=${sandboxUrl}></soh-report-status></div>`,
  );
  const element = wrapper.querySelector<SohReportStatus>('soh-report-status')!;
  await until(() => shadowText(element) !== '');
  return element;
}

const root = (element: SohReportStatus) => element.shadowRoot!;
const signIn = (element: SohReportStatus, reference: string, code: string) => {
  root(element).querySelector<HTMLInputElement>('#reference')!.value = reference;
  root(element).querySelector<HTMLInputElement>('#code')!.value = code;
  root(element).querySelector<HTMLButtonElement>('form .button')!.click();
};

afterEach(() => fixtureCleanup());

describe('<soh-report-status>', () => {
  it('asks for the reference and the code, with GOV.UK error messages', async () => {
    const element = await statusElement();
    await expect(element).to.be.accessible();
    signIn(element, '', '');
    await until(() => root(element).querySelector('.error-summary'));
    await element.updateComplete;
    expect(deepActiveElement()).to.equal(root(element).querySelector('.error-summary'));
    expect(shadowText(element)).to.contain('Enter your reference number');
    expect(shadowText(element)).to.contain('Enter your access code');
    await expect(element).to.be.accessible();
  });

  it('refuses a wrong code, and says so plainly', async () => {
    const {reference} = await followedReport();
    const element = await statusElement();
    signIn(element, reference, 'AAAA-AAAA-AAAA');
    await until(() => shadowText(element).includes('is not right'));
    expect(root(element).querySelector('.timeline')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('shows the timeline and the conversation: a message from the force, the person’s reply, both in the inbox', async () => {
    const {reference, code} = await followedReport();
    const element = await statusElement();
    signIn(element, reference, code.toLowerCase());
    await until(() => shadowText(element).includes('Report received'));
    expect(shadowText(element)).to.contain(`Your report ${reference}`);
    expect(shadowText(element)).to.contain('No messages yet.');
    await expect(element).to.be.accessible();

    await inbox(reference, 'status', {status: 'crime-reference', text: '42/1234/26'});
    await inbox(reference, 'messages', {text: 'Can you send a <b>photo</b> of the bike?'});
    // Back to the page (the element also asks every 15 seconds while visible).
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => shadowText(element).includes('Can you send a <b>photo</b> of the bike?'));
    expect(root(element).querySelector('.message b')).to.equal(null);
    expect(shadowText(element)).to.contain('Crime reference given: 42/1234/26');
    expect(root(element).querySelector('[role="log"]')!.textContent).to.contain('photo');

    root(element).querySelector<HTMLTextAreaElement>('#reply')!.value = 'Yes, I will upload it tonight';
    root(element).querySelector<HTMLButtonElement>('.reply .button')!.click();
    await until(() => shadowText(element).includes('Yes, I will upload it tonight'));
    expect(root(element).querySelector<HTMLTextAreaElement>('#reply')!.value).to.equal('');
    const page = await (await fetch(new URL('inbox', sandboxUrl))).text();
    expect(page).to.contain('Yes, I will upload it tonight');
    await expect(element).to.be.accessible();
  });

  it('opens from the private link, and takes the code out of the address', async () => {
    const {reference, code} = await followedReport();
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#report=${reference}&code=${code}`);
    const element = await statusElement();
    await until(() => shadowText(element).includes('Report received'));
    expect(location.hash).to.equal('');
    expect(location.href).to.equal(before.split('#')[0]);
  });

  it('locks the report after five wrong codes, even for the right one', async () => {
    const {reference, code} = await followedReport();
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await fetch(new URL('status', sandboxUrl), {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({reference, code: `WRONG-${attempt}`}),
      });
      expect(wrong.status).to.equal(401);
    }
    const element = await statusElement();
    signIn(element, reference, code);
    await until(() => shadowText(element).includes('too many wrong codes'));
    expect(root(element).querySelector('.timeline')).to.equal(null);
  });

  it('speaks Welsh', async () => {
    const {reference, code} = await followedReport();
    const element = await statusElement('cy');
    expect(shadowText(element)).to.contain('Dilyn eich adroddiad');
    signIn(element, reference, code);
    await until(() => shadowText(element).includes('Adroddiad wedi dod i law'));
    await expect(element).to.be.accessible();
  });
});

import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import '../../../src/widgets/report-status/soh-report-status.js';
import type {SohReportStatus} from '../../../src/widgets/report-status/report-status.js';
import {shadowText, until, deepActiveElement} from '../../helpers/fixtures.js';
// @ts-expect-error a virtual module the test runner serves: the real sandbox endpoint
import {operatorToken, sandboxUrl} from '/__sandbox.js';

// Following a report against the real sandbox: a report is sent and
// followed over HTTP first, as the report form does; the back office is
// played with the sandbox's inbox calls, as a signed-in operator.

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
    headers: {'Content-Type': 'application/json', Authorization: `Bearer ${operatorToken}`},
    body: JSON.stringify(body),
  });

/** The person writes, as from another device. */
const reply = (reference: string, code: string, text: string) =>
  fetch(new URL('status/messages', sandboxUrl), {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({reference, code, text}),
  });

/** What the element asked `POST /status`, call by call, while `watch` is on. */
function watchStatusCalls(): {bodies: Array<Record<string, unknown>>; stop: () => void} {
  const bodies: Array<Record<string, unknown>> = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    if (String(input).endsWith('/status')) bodies.push(JSON.parse(String(init?.body)));
    return original(input, init);
  };
  return {bodies, stop: () => (window.fetch = original)};
}

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
    await until(() => deepActiveElement() === root(element).querySelector('.problem'));
    await expect(element).to.be.accessible();
  });

  it('shows the timeline and the conversation: a message from the force, the person’s reply, both in the inbox', async () => {
    const {reference, code} = await followedReport();
    const element = await statusElement();
    signIn(element, reference, code.toLowerCase());
    await until(() => shadowText(element).includes('Report received'));
    expect(shadowText(element)).to.contain(`Your report ${reference}`);
    // The report is a new view: it starts from its heading.
    await until(() => deepActiveElement()?.textContent?.includes(`Your report ${reference}`));
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
    const page = await (
      await fetch(new URL('inbox', sandboxUrl), {headers: {Authorization: `Bearer ${operatorToken}`}})
    ).text();
    expect(page).to.contain('Yes, I will upload it tonight');
    await expect(element).to.be.accessible();
  });

  it('never takes a code from the address: the browser keeps every address in its history', async () => {
    const {reference, code} = await followedReport();
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#report=${reference}&code=${code}`);
    try {
      const calls = watchStatusCalls();
      const element = await statusElement();
      await new Promise((resolve) => setTimeout(resolve, 500));
      calls.stop();
      expect(calls.bodies).to.deep.equal([]);
      expect(shadowText(element)).to.contain('Access code');
      expect(root(element).querySelector('.timeline')).to.equal(null);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('reads the history a page at a time, then asks only for what is new', async () => {
    const {reference, code} = await followedReport();
    for (let message = 1; message <= 60; message++) await reply(reference, code, `Message ${message}`);
    const calls = watchStatusCalls();
    try {
      const element = await statusElement();
      signIn(element, reference, code);
      await until(() => shadowText(element).includes('Message 60'));
      expect(root(element).querySelectorAll('.message')).to.have.length(60);
      expect(calls.bodies.map((body) => body.after)).to.deep.equal([undefined, calls.bodies[1]?.after]);
      expect(calls.bodies[1].after).to.be.a('number');

      await reply(reference, code, 'Message 61');
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => shadowText(element).includes('Message 61'));
      const lastShownBefore = calls.bodies.length;
      expect(calls.bodies[lastShownBefore - 1].after).to.be.greaterThan(calls.bodies[1].after as number);
      expect(root(element).querySelectorAll('.message')).to.have.length(61);
    } finally {
      calls.stop();
    }
  });

  it('after many wrong codes from here, asks this device to wait longer than it waits by itself, and says so', async function () {
    this.timeout(40000); // the endpoint's real waits: 15 s
    const {reference, code} = await followedReport();
    // Five wrong codes are free; after that each needs a growing wait (1, 2, 4, 8 s) before it counts. After nine,
    // the next wait is longer than the element waits by itself (16 s), so it says why and what to do.
    let wrong = 0;
    while (wrong < 9) {
      const answer = await fetch(new URL('status', sandboxUrl), {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({reference, code: `WRONG-${wrong}`}),
      });
      if (answer.status === 401) wrong++;
      else {
        expect(answer.status).to.equal(429);
        await new Promise((resolve) => setTimeout(resolve, Number(answer.headers.get('Retry-After')) * 1000));
      }
    }
    const element = await statusElement();
    signIn(element, reference, code);
    await until(() => shadowText(element).includes('too many wrong codes from this device or network'), 15000);
    expect(root(element).querySelector('.timeline')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('when the endpoint asks it to wait a few seconds, waits and tries again by itself', async () => {
    const {reference, code} = await followedReport();
    const original = window.fetch;
    let refused = 0;
    window.fetch = (input, init) => {
      if (String(input).endsWith('/status') && refused === 0) {
        refused++;
        const body = {errors: [{status: '429', code: 'slow-down', title: 'Too many wrong codes for this report'}]};
        return Promise.resolve(new Response(JSON.stringify(body), {status: 429, headers: {'Retry-After': '1'}}));
      }
      return original(input, init);
    };
    try {
      const element = await statusElement();
      signIn(element, reference, code);
      await until(() => shadowText(element).includes('Report received'), 5000);
      expect(refused).to.equal(1);
    } finally {
      window.fetch = original;
    }
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

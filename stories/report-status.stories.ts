import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/widgets/report-status/soh-report-status.js';
import minimalIncident from '../test/fixtures/minimal-incident.json' with {type: 'json'};
import {SANDBOX_ENDPOINT, SANDBOX_OPERATOR_TOKEN} from './sandbox-endpoint.js';

/**
 * `<soh-report-status>`: a person follows their report with its reference
 * and the access code they were given, reads the force's messages and
 * replies. Each story sends a report to a real sandbox (`npm start`'s, or the
 * story tests' own) and follows it first; the back office is played with the
 * sandbox's inbox calls (or open http://localhost:8080/inbox to write by hand).
 */
const meta: Meta = {
  title: 'Widgets/Report status',
  component: 'soh-report-status',
  render: () => html`<soh-report-status endpoint=${SANDBOX_ENDPOINT}></soh-report-status>`,
};
export default meta;
type Story = StoryObj;

interface Followed {
  reference: string;
  code: string;
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(path, SANDBOX_ENDPOINT), {
    method: 'POST',
    headers: {'Content-Type': 'application/json', ...headers},
    body: JSON.stringify(body),
  });

/** The back office, signed in as an operator. */
const asOperator = {Authorization: `Bearer ${SANDBOX_OPERATOR_TOKEN}`};

/** A report sent and followed, as the report form does it, then `then` played by the back office. */
function followed(then: (report: Followed) => Promise<unknown> = async () => undefined) {
  return async (): Promise<{report: Followed}> => {
    const key = crypto.randomUUID();
    const sent = await post('incidents', minimalIncident, {
      'Content-Type': 'application/vnd.api+json',
      'Idempotency-Key': key,
    });
    const reference = (await sent.json()).data.attributes.customerReferenceNumber as string;
    const {code} = await (await post('follow', {reference, submissionKey: key})).json();
    await then({reference, code});
    return {report: {reference, code}};
  };
}

const textOf = (canvasElement: HTMLElement) =>
  (canvasElement.querySelector('soh-report-status')!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const says = (canvasElement: HTMLElement, text: string) =>
  waitFor(() => expect(textOf(canvasElement)).toContain(text), {timeout: 5000});
function signIn(canvasElement: HTMLElement, reference: string, code: string) {
  const root = canvasElement.querySelector('soh-report-status')!.shadowRoot!;
  root.querySelector<HTMLInputElement>('#reference')!.value = reference;
  root.querySelector<HTMLInputElement>('#code')!.value = code;
  root.querySelector<HTMLButtonElement>('form .button')!.click();
}
const reportOf = (loaded: Record<string, unknown>) => loaded.report as Followed;

/** The start: the reference and the access code. */
export const SignIn: Story = {
  play: async ({canvasElement}) => says(canvasElement, 'Access code'),
};

/** Nothing typed: GOV.UK's error summary, focused. */
export const SignInWithErrors: Story = {
  play: async ({canvasElement}) => {
    await says(canvasElement, 'Access code');
    signIn(canvasElement, '', '');
    await says(canvasElement, 'Enter your reference number');
  },
};

/** A wrong code: the same words whatever was wrong, so nothing can be learnt from them. */
export const WrongCode: Story = {
  loaders: [followed()],
  play: async ({canvasElement, loaded}) => {
    await says(canvasElement, 'Access code');
    signIn(canvasElement, reportOf(loaded).reference, 'AAAA-AAAA-AAAA');
    await says(canvasElement, 'is not right');
  },
};

/** The report: what has happened, the force's messages and the person's replies, a reply box, evidence. */
export const Report: Story = {
  loaders: [
    followed(async ({reference}) => {
      await post(`inbox/${reference}/status`, {status: 'crime-reference', text: '42/1234/26'}, asOperator);
      await post(`inbox/${reference}/status`, {status: 'officer-assigned'}, asOperator);
      await post(
        `inbox/${reference}/messages`,
        {text: 'Thank you for your report. Do you have a photo of the bike?'},
        asOperator,
      );
    }),
  ],
  play: async ({canvasElement, loaded}) => {
    await says(canvasElement, 'Access code');
    signIn(canvasElement, reportOf(loaded).reference, reportOf(loaded).code);
    await says(canvasElement, 'Do you have a photo of the bike?');
    await says(canvasElement, 'An officer is dealing with it');
  },
};

/** Closed, with its outcome: no reply box. */
export const Closed: Story = {
  loaders: [
    followed(({reference}) =>
      post(`inbox/${reference}/status`, {status: 'closed', text: 'No further action'}, asOperator),
    ),
  ],
  play: async ({canvasElement, loaded}) => {
    await says(canvasElement, 'Access code');
    signIn(canvasElement, reportOf(loaded).reference, reportOf(loaded).code);
    await says(canvasElement, 'This report is closed.');
  },
};

/**
 * After five wrong codes from one device or network, that device is asked to wait a moment before each try (a
 * second at first, never more than a minute; nobody else is held back). The element waits by itself and opens the
 * report with the right code.
 */
export const AfterWrongCodes: Story = {
  loaders: [
    followed(async ({reference}) => {
      for (let attempt = 0; attempt < 5; attempt++) await post('status', {reference, code: `WRONG-${attempt}`});
      await post(`inbox/${reference}/messages`, {text: 'We are looking into it.'}, asOperator);
    }),
  ],
  play: async ({canvasElement, loaded}) => {
    await says(canvasElement, 'Access code');
    signIn(canvasElement, reportOf(loaded).reference, reportOf(loaded).code);
    await says(canvasElement, 'We are looking into it.');
  },
};

/** In Welsh. */
export const InWelsh: Story = {
  loaders: [
    followed(({reference}) => post(`inbox/${reference}/messages`, {text: 'Diolch am eich adroddiad.'}, asOperator)),
  ],
  render: () => html`<div lang="cy"><soh-report-status endpoint=${SANDBOX_ENDPOINT}></soh-report-status></div>`,
  play: async ({canvasElement, loaded}) => {
    await says(canvasElement, 'Cod mynediad');
    signIn(canvasElement, reportOf(loaded).reference, reportOf(loaded).code);
    await says(canvasElement, 'Diolch am eich adroddiad.');
  },
};

/** No endpoint configured: a plain message, and the details for the developer in the console. */
export const NotSetUp: Story = {
  render: () => html`<soh-report-status></soh-report-status>`,
  play: async ({canvasElement}) => says(canvasElement, '101'),
};

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/engine/soh-report-form.js';
import type {SohReportForm} from '../src/engine/report-form.js';
import {SANDBOX_ENDPOINT as ENDPOINT} from './sandbox-endpoint.js';

/**
 * The endpoint is a real sandbox: `npm start`'s when you run Storybook (it
 * allows Storybook's origin), or the one the story tests start for themselves.
 */

/** Answers part-way through, as a draft in sessionStorage: what a reload would find. */
function withDraft(at: string, answers: Record<string, unknown>) {
  return async () => {
    sessionStorage.setItem('soh:draft:crime', JSON.stringify({at, answers}));
    return {};
  };
}

const clearDraft = async () => {
  sessionStorage.removeItem('soh:draft:crime');
  return {};
};

const answered = {
  emergency: 'no',
  involvement: 'IVLD_0002',
  description: 'Two people broke the window of the shop opposite my house and ran towards the park.',
  date: '2026-11-03',
  location: 'Corner of High Street and Mill Lane',
  weapon: 'no',
  assaulted: 'no',
  hate: 'no',
  givenName: 'Alex',
  familyName: 'Example',
  homeAddress: {line1: '1 Example Street', line2: '', town: 'Chelmsford', county: '', postcode: 'CM1 1AA'},
  contactPreference: 'CPNC_0002',
  telephone: '07700 900982',
};

async function formIn(canvasElement: HTMLElement): Promise<SohReportForm> {
  const form = canvasElement.querySelector<SohReportForm>('soh-report-form')!;
  await waitFor(() => expect(form.shadowRoot!.querySelector('form, [part="confirmation"]')).toBeTruthy());
  return form;
}

// Each story's force is the toolbar's, or Essex under the base theme: with no force at all the form would first ask
// where it happened (national mode), and the element's own attribute would hide the toolbar's choice.
const meta: Meta = {
  title: 'Forms/Report a crime',
  component: 'soh-report-form',
  render: (_args, {globals}) =>
    html`<soh-report-form service="crime" force=${globals.force || 'essex'} endpoint=${ENDPOINT}></soh-report-form>`,
  loaders: [clearDraft],
};
export default meta;
type Story = StoryObj;

/** Every report starts with the emergency question. */
export const EmergencyQuestion: Story = {play: async ({canvasElement}) => void (await formIn(canvasElement))};

/** Yes: the form stops and says how to get help now. */
export const Emergency: Story = {
  play: async ({canvasElement}) => {
    const form = await formIn(canvasElement);
    const yes = form.shadowRoot!.querySelector('soh-yes-no')!.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    await userEvent.click(yes);
    await waitFor(() => expect(form.shadowRoot!.querySelector('[part="emergency"]')).toBeTruthy());
  },
};

/** Continue with nothing chosen: the error summary takes focus. */
export const ErrorSummary: Story = {
  play: async ({canvasElement}) => {
    const form = await formIn(canvasElement);
    await userEvent.click(form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => expect(form.shadowRoot!.querySelector('.error-summary')).toBeTruthy());
  },
};

/** A page of a few related questions under one heading. */
export const QuestionPage: Story = {loaders: [withDraft('when', {emergency: 'no', involvement: 'IVLD_0001'})]};

/** Check your answers, with a skipped question "Not provided". */
export const CheckAnswers: Story = {loaders: [withDraft('check', answered)]};

/** "Add another", first: are there any? */
export const AddAnotherQuestion: Story = {loaders: [withDraft('suspects', {emergency: 'no'})]};

/** "Add another": the questions about one item. */
export const AddAnotherItem: Story = {loaders: [withDraft('suspects/0', {emergency: 'no', 'suspects.any': 'yes'})]};

/** "Add another": the list, with Change and Remove, and whether to add another. */
export const AddAnotherList: Story = {
  loaders: [
    withDraft('suspects/list', {
      emergency: 'no',
      'suspects.any': 'yes',
      suspects: [{name: 'Sam', description: 'Tall, grey hoodie'}, {description: 'Short, red cap'}],
    }),
  ],
};

/** Sent: the reference the endpoint gave. */
export const Sent: Story = {
  loaders: [
    withDraft('check', {
      ...answered,
      'suspects.any': 'no',
      'witnesses.any': 'no',
      'property.any': 'no',
      'vehicles.any': 'no',
      publicTransport: 'no',
      threatened: 'no',
      targeted: 'no',
      alreadyReported: 'no',
    }),
  ],
  play: async ({canvasElement}) => {
    const form = await formIn(canvasElement);
    await userEvent.click(form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(
      () => expect(form.shadowRoot!.querySelector('.reference')?.textContent).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/),
      {
        timeout: 10000,
      },
    );
  },
};

/**
 * Sent, on a site that lets people follow their reports (`follow-url`): the
 * offer, then the access code shown once, to be typed on the follow page (the
 * link to it carries no code: an address stays in the browser's history).
 */
export const SentAndFollowed: Story = {
  loaders: Sent.loaders,
  render: (_args, {globals}) =>
    html`<soh-report-form
      service="crime"
      force=${globals.force || 'essex'}
      endpoint=${ENDPOINT}
      follow-url="/follow"
    ></soh-report-form>`,
  play: async (context) => {
    await Sent.play!(context);
    const form = await formIn(context.canvasElement);
    const ask = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="follow"] button')][0]!;
    await userEvent.click(ask);
    const link = () => form.shadowRoot!.querySelector('[part="follow"] a')?.getAttribute('href');
    await waitFor(() =>
      expect(link() && new URL(link()!, location.href).href).toBe(new URL('/follow', location.href).href),
    );
    const offer = form.shadowRoot!.querySelector('[part="follow"]')!.textContent!;
    expect(offer).toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
  },
};

/**
 * Not sent yet: the endpoint cannot be reached, so the form says so,
 * retries, and keeps every answer (not run by the tests: it retries for half
 * a minute before giving up).
 */
export const NotSentYet: Story = {
  tags: ['!test'],
  render: (_args, {globals}) =>
    html`<soh-report-form
      service="crime"
      force=${globals.force || 'essex'}
      endpoint="http://localhost:9/"
    ></soh-report-form>`,
  loaders: Sent.loaders,
  play: async ({canvasElement}) => {
    const form = await formIn(canvasElement);
    await userEvent.click(form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!);
  },
};

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/widgets/payment/soh-payment.js';
import {SohReportSentEvent} from '../src/core/report-sent-event.js';
import {writePaymentRecord, type PaymentRecord} from '../src/widgets/payment/payment-record.js';
import {forgetEveryPayment, newReference, paymentCameBack, type ProviderOutcome} from './payment-story-helpers.js';
import {SANDBOX_ENDPOINT} from './sandbox-endpoint.js';

/**
 * `<soh-payment>` pays a firearms licensing fee through the force's payment
 * provider, GOV.UK Pay's way: the fee as the endpoint states it, a
 * whole-page move to the provider's own page, and on return the outcome,
 * asked of the endpoint. Every story talks to a real sandbox (`npm start`'s
 * when you run Storybook; the story tests start their own). The stories
 * after a payment play the payer on the sandbox's stand-in card pages first,
 * then show the page the person comes back to.
 *
 * "Continue to payment" leaves for the provider's page, which, like a real
 * provider's, refuses to be shown inside another page's frame: try the
 * whole journey on the demo site (`npm start`, http://localhost:8080/).
 */
const meta: Meta = {
  title: 'Widgets/Payment',
  component: 'soh-payment',
  render: () => html`<soh-payment endpoint=${SANDBOX_ENDPOINT}></soh-payment>`,
  // Each story starts from a tab that has not paid for anything; a docs page, which shows every story at once,
  // keeps what each wrote (a record per application).
  beforeEach: ({viewMode}) => {
    if (viewMode === 'story') forgetEveryPayment();
  },
};
export default meta;
type Story = StoryObj;

const paymentOf = (canvasElement: HTMLElement) => canvasElement.querySelector('soh-payment')!;
const textOf = (canvasElement: HTMLElement) =>
  (paymentOf(canvasElement).shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const says = (canvasElement: HTMLElement, text: string) =>
  waitFor(() => expect(textOf(canvasElement)).toContain(text), {timeout: 5000});
const buttonOf = (canvasElement: HTMLElement, label: string) =>
  [...paymentOf(canvasElement).shadowRoot!.querySelectorAll('button')].find(
    (button) => button.textContent!.trim() === label,
  )!;

/** On its own (no application sent on the page): the reference, and what was applied for. */
export const WhatIsPaidFor: Story = {
  play: async ({canvasElement}) => {
    await says(canvasElement, 'Your application reference');
    await says(canvasElement, 'What did you apply for?');
  },
};

/** Continue with nothing answered: GOV.UK's error summary, focused, each message linked to its question. */
export const WhatIsPaidForWithErrors: Story = {
  play: async ({canvasElement}) => {
    await says(canvasElement, 'What did you apply for?');
    buttonOf(canvasElement, 'Continue').click();
    await says(canvasElement, 'There is a problem');
    await says(canvasElement, 'Enter your application reference');
    await says(canvasElement, 'Select what you applied for');
  },
};

/** Given the reference and what is paid for: each line and the total, as the endpoint states them. */
export const Fee: Story = {
  render: () =>
    html`<soh-payment
      endpoint=${SANDBOX_ENDPOINT}
      reference="HXR7-3KQ9"
      items="firearm-grant shotgun-grant"
    ></soh-payment>`,
  play: async ({canvasElement}) => {
    await says(canvasElement, 'Total to pay £202.00');
    await says(canvasElement, 'New firearm and shotgun certificates together (coterminous)');
  },
};

/** The same in Welsh: the endpoint words its lines in Welsh too. */
export const FeeInWelsh: Story = {
  render: () =>
    html`<div lang="cy">
      <soh-payment endpoint=${SANDBOX_ENDPOINT} reference="HXR7-3KQ9" items="firearm-renewal variation"></soh-payment>
    </div>`,
  play: async ({canvasElement}) => {
    await says(canvasElement, 'Adnewyddu tystysgrif arf tanio');
    await says(canvasElement, 'Cyfanswm i’w dalu £131.00');
  },
};

/** After a firearms application on the same page: it takes over with the application's reference and what it asked for. */
export const AfterAnApplication: Story = {
  play: async ({canvasElement}) => {
    await says(canvasElement, 'What did you apply for?');
    canvasElement.dispatchEvent(
      new SohReportSentEvent({
        service: 'firearms',
        reference: 'HXR7-3KQ9',
        payment: {service: 'firearms-licence', items: ['shotgun-renewal']},
      }),
    );
    await says(canvasElement, 'Shotgun certificate renewal £126.00');
  },
};

/** A story of the page the person comes back to, after `outcome` on the provider's page. */
function cameBack(outcome: ProviderOutcome, expected: string, language: 'en' | 'cy' = 'en'): Story {
  const reference = newReference();
  return {
    loaders: [
      async ({id}) => ({record: await paymentCameBack(outcome, reference, ['firearm-grant'], {language, storyId: id})}),
    ],
    // What the tab held when it left for the provider (written here: each story starts from a clean tab).
    render: (_args, {loaded}) => {
      writePaymentRecord((loaded as {record: PaymentRecord}).record);
      return html`<div lang=${language}>
        <soh-payment endpoint=${SANDBOX_ENDPOINT} reference=${reference} items="firearm-grant"></soh-payment>
      </div>`;
    },
    play: async ({canvasElement}) => {
      await says(canvasElement, expected);
    },
  };
}

/** Paid: the provider's reference for the payment, the amount, and what happens next. */
export const Paid = cameBack('paid', 'Payment received');

/** Paid, in Welsh. */
export const PaidInWelsh = cameBack('paid', 'Taliad wedi dod i law', 'cy');

/** The card was declined: no money taken, and a new payment to try again (a failed one cannot be retried). */
export const Declined = cameBack('declined', 'Your payment was declined');

/** The person cancelled on the provider's page. */
export const Cancelled = cameBack('cancelled', 'You cancelled your payment');

/** More than 90 minutes on the provider's page: the payment expired. */
export const TimedOut = cameBack('timed-out', 'Your payment timed out');

/** Back without finishing (the browser's Back button): carry on with the same payment. */
export const NotFinished = cameBack('not-finished', 'You have not finished paying');

/** The provider failed: no money taken, try again. */
export const ProviderError = cameBack('provider-error', 'Your payment could not be taken');

/** The application was paid for already (from another tab or device): the endpoint refuses a second payment. */
export const AlreadyPaid: Story = (() => {
  const reference = newReference();
  return {
    // Paid in another tab: nothing of that payment here.
    loaders: [({id}) => paymentCameBack('paid', reference, ['firearm-grant'], {storyId: id})],
    render: () =>
      html`<soh-payment endpoint=${SANDBOX_ENDPOINT} reference=${reference} items="firearm-grant"></soh-payment>`,
    play: async ({canvasElement}) => {
      await says(canvasElement, 'Continue to payment');
      buttonOf(canvasElement, 'Continue to payment').click();
      await says(canvasElement, 'This application has already been paid for');
    },
  };
})();

/**
 * The endpoint cannot be reached: after its retries (about half a minute),
 * it says so and offers to try again. Not run by the tests for the wait;
 * test/widgets/payment tests it with short waits.
 */
export const EndpointUnreachable: Story = {
  tags: ['!test'],
  render: () =>
    html`<soh-payment endpoint="http://localhost:9/" reference="HXR7-3KQ9" items="firearm-grant"></soh-payment>`,
};

/** No endpoint configured: a plain message for the person, the details for the developer in the console. */
export const NotSetUp: Story = {
  render: () => html`<soh-payment></soh-payment>`,
  play: async ({canvasElement}) => {
    await waitFor(() => expect(paymentOf(canvasElement).shadowRoot!.textContent).toContain('101'));
  },
};

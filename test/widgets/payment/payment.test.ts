import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import {narrowFrame} from '../../helpers/narrow-frame.js';
import {SohPayment} from '../../../src/widgets/payment/payment.js';
import {SohReportSentEvent} from '../../../src/core/report-sent-event.js';
import {readPaymentRecord} from '../../../src/widgets/payment/payment-record.js';
import type {SohPaymentCompleteEvent} from '../../../src/widgets/payment/payment-complete-event.js';
import {shadowText, until, deepActiveElement} from '../../helpers/fixtures.js';
// @ts-expect-error a virtual module the test runner serves: the real sandbox endpoint
import {sandboxUrl} from '/__sandbox.js';

// <soh-payment> against the real sandbox and its stand-in provider. The
// provider's pages are driven with plain form posts from this page (the
// element leaves for them with a whole-page move, which a test page cannot
// follow; the end-to-end tests do); coming back is a new element on a page
// whose tab still holds the payment's id.

/** The element, except that leaving for the provider's page is recorded, and retries are quick. */
class PaymentUnderTest extends SohPayment {
  left: string[] = [];
  protected override backoff = {baseDelayMs: 1, maxDelayMs: 5};
  protected override leaveFor(url: string): void {
    this.left.push(url);
  }
}
customElements.define('test-payment', PaymentUnderTest);

const paymentModule = new URL('../../../src/widgets/payment/soh-payment.ts', import.meta.url);

const ALPHABET = '346789ABCDEFGHJKMNPQRTWXY';
/** A new application reference, in the sandbox's format. */
const newReference = () =>
  Array.from({length: 9}, (_, index) =>
    index === 4 ? '-' : ALPHABET[Math.floor(Math.random() * ALPHABET.length)],
  ).join('');

afterEach(() => {
  fixtureCleanup();
  sessionStorage.clear();
});

async function payment(
  attributes: {reference?: string; items?: string; endpoint?: string} = {},
  lang = 'en',
): Promise<PaymentUnderTest> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <test-payment
        endpoint=${attributes.endpoint ?? sandboxUrl}
        reference=${attributes.reference ?? ''}
        items=${attributes.items ?? ''}
      ></test-payment>
    </div>`,
  );
  const element = wrapper.querySelector<PaymentUnderTest>('test-payment')!;
  await until(() => !element.shadowRoot!.querySelector('.loading') && shadowText(element) !== '');
  return element;
}

const root = (element: SohPayment) => element.shadowRoot!;
const button = (element: SohPayment, label: string) =>
  [...root(element).querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === label)!;

/** The payer on the provider's pages: opens the card page, posts a card, confirms or cancels. */
async function onProviderPage(nextUrl: string, cardNumber: string | undefined, then: 'confirm' | 'cancel' | 'none') {
  await fetch(nextUrl);
  const post = (url: string, form: Record<string, string> = {}) =>
    fetch(url, {method: 'POST', body: new URLSearchParams(form), redirect: 'manual'});
  if (cardNumber)
    await post(nextUrl, {
      cardNumber,
      expiryMonth: '12',
      expiryYear: '39',
      cardholderName: 'Sam Jones',
      securityCode: '123',
    });
  if (then !== 'none') await post(`${nextUrl}/${then}`);
}

/** Presses Continue to payment and waits for the element to leave for the provider. */
async function continueToPayment(element: PaymentUnderTest): Promise<string> {
  const before = element.left.length;
  button(element, 'Continue to payment').click();
  await until(() => element.left.length > before);
  return element.left.at(-1)!;
}

/** The person comes back from the provider: the page loads again, and the element with it. */
async function comeBack(attributes: {reference?: string; items?: string} = {}, lang = 'en') {
  fixtureCleanup();
  return payment(attributes, lang);
}

describe('<soh-payment> on its own: what is being paid for', () => {
  it('asks for the reference and what was applied for, with GOV.UK error messages', async () => {
    const element = await payment();
    expect(shadowText(element)).to.contain('Your application reference');
    await expect(element).to.be.accessible();

    button(element, 'Continue').click();
    await until(() => root(element).querySelector('.error-summary'));
    await element.updateComplete;
    expect(deepActiveElement()).to.equal(root(element).querySelector('.error-summary'));
    expect(shadowText(element)).to.contain('Enter your application reference');
    expect(shadowText(element)).to.contain('Select what you applied for');
    await expect(element).to.be.accessible();

    // The certificate is asked about for a new certificate or a renewal.
    expect(root(element).querySelector('[name="certificate"]')).to.equal(null);
    root(element).querySelector<HTMLInputElement>('#applied-renewal')!.click();
    await element.updateComplete;
    expect(root(element).querySelector('[name="certificate"]')).not.to.equal(null);
  });

  it('shows the fee the endpoint states, line by line, and lets the answers be changed', async () => {
    const element = await payment();
    const reference = newReference();
    root(element).querySelector<HTMLInputElement>('#reference')!.value = ` ${reference.toLowerCase()} `;
    root(element).querySelector<HTMLInputElement>('#applied-grant')!.click();
    await element.updateComplete;
    root(element).querySelector<HTMLInputElement>('#certificate-both')!.click();
    button(element, 'Continue').click();
    await until(() => shadowText(element).includes('Total to pay'));
    const text = shadowText(element);
    expect(text).to.contain(reference);
    expect(text).to.contain('New firearm and shotgun certificates together (coterminous) £202.00');
    expect(text).to.contain('Total to pay £202.00');
    await expect(element).to.be.accessible();

    button(element, 'Change what you are paying for').click();
    await element.updateComplete;
    expect(root(element).querySelector<HTMLInputElement>('#reference')!.value).to.equal(reference);
    expect(root(element).querySelector<HTMLInputElement>('#certificate-both')!.checked).to.equal(true);
  });

  it('takes over from a firearms application sent on the page', async () => {
    const element = await payment();
    const reference = newReference();
    document.body.dispatchEvent(
      new SohReportSentEvent({
        service: 'firearms',
        reference,
        payment: {service: 'firearms-licence', items: ['firearm-renewal', 'shotgun-renewal']},
      }),
    );
    await until(() => shadowText(element).includes('Total to pay'));
    expect(shadowText(element)).to.contain(`Application reference ${reference}`);
    expect(shadowText(element)).to.contain('£155.00');
    expect(root(element).querySelector('input')).to.equal(null);
  });
});

describe('<soh-payment>: paying, and coming back', () => {
  it('pays: leaves for the provider, and on return shows the payment received, once only', async () => {
    const reference = newReference();
    const element = await payment({reference, items: 'firearm-grant'});
    expect(shadowText(element)).to.contain('New firearm certificate £198.00');
    const nextUrl = await continueToPayment(element);
    expect(new URL(nextUrl).origin).to.equal(new URL(sandboxUrl).origin);
    expect(readPaymentRecord()).to.include({reference});
    expect(readPaymentRecord()!.paymentId).to.be.a('string');
    await onProviderPage(nextUrl, '4444333322221111', 'confirm');

    const completions: unknown[] = [];
    document.addEventListener(
      'soh-payment-complete',
      (event) => completions.push((event as SohPaymentCompleteEvent).detail),
      {
        once: true,
      },
    );
    const back = await comeBack({reference, items: 'firearm-grant'});
    await until(() => shadowText(back).includes('Payment received'));
    expect(shadowText(back)).to.match(/Your payment reference ?[A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(shadowText(back)).to.contain('Amount paid £198.00');
    expect(deepActiveElement()).to.equal(root(back).querySelector('.panel__title'));
    expect(completions).to.have.length(1);
    await expect(back).to.be.accessible();

    // Back to this page again, or a reload: still paid, and nothing offers to pay again.
    const again = await comeBack({reference, items: 'firearm-grant'});
    await until(() => shadowText(again).includes('Payment received'));
    expect(button(again, 'Continue to payment')).to.equal(undefined);

    // Even without this tab's record, the endpoint never takes a second payment for the application.
    sessionStorage.clear();
    const elsewhere = await comeBack({reference, items: 'firearm-grant'});
    await continueToPaymentRefused(elsewhere);
    expect(shadowText(elsewhere)).to.contain('This application has already been paid for');
    expect(elsewhere.left).to.have.length(0);
  });

  it('says a declined card plainly and makes a new payment to try again', async () => {
    const reference = newReference();
    const element = await payment({reference, items: 'shotgun-grant'});
    const firstUrl = await continueToPayment(element);
    await onProviderPage(firstUrl, '4000000000000002', 'none');
    const back = await comeBack({reference, items: 'shotgun-grant'});
    await until(() => shadowText(back).includes('Your payment was declined'));
    expect(shadowText(back)).to.contain('No money has been taken');
    expect(deepActiveElement()).to.equal(root(back).querySelector('.setback__title'));
    await expect(back).to.be.accessible();
    button(back, 'Try the payment again').click();
    await until(() => back.left.length === 1);
    expect(back.left[0]).not.to.equal(firstUrl);
  });

  it('says a cancelled payment was cancelled, and offers to pay now', async () => {
    const reference = newReference();
    const element = await payment({reference, items: 'replacement'});
    await onProviderPage(await continueToPayment(element), undefined, 'cancel');
    const back = await comeBack({reference, items: 'replacement'});
    await until(() => shadowText(back).includes('You cancelled your payment'));
    expect(button(back, 'Pay now')).not.to.equal(undefined);
  });

  it('carries on a payment left unfinished, with the same payment', async () => {
    const reference = newReference();
    const element = await payment({reference, items: 'variation'});
    const nextUrl = await continueToPayment(element);
    await onProviderPage(nextUrl, undefined, 'none');
    const back = await comeBack({reference, items: 'variation'});
    await until(() => shadowText(back).includes('You have not finished paying'));
    button(back, 'Continue to payment').click();
    await until(() => back.left.length === 1);
    expect(back.left[0]).to.equal(nextUrl);
  });

  it('says a payment timed out after 90 minutes', async () => {
    const reference = newReference();
    const element = await payment({reference, items: 'firearm-renewal'});
    await onProviderPage(await continueToPayment(element), undefined, 'none');
    await fetch(new URL('__payments/clock', sandboxUrl), {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({advanceMs: 90 * 60 * 1000}),
    });
    const back = await comeBack({reference, items: 'firearm-renewal'});
    await until(() => shadowText(back).includes('Your payment timed out'));
  });

  it('keeps what is paid for when the endpoint cannot be reached, and says what to do', async () => {
    const element = await payment({reference: newReference(), items: 'firearm-grant', endpoint: 'http://127.0.0.1:9/'});
    await until(() => shadowText(element).includes('We could not get the fee'));
    expect(shadowText(element)).to.contain('Check your internet connection and try again');
    expect(button(element, 'Try again')).not.to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('reflows at 320 px wide: the fee and the paid panel, nothing scrolls sideways', async () => {
    const reference = newReference();
    const items = 'firearm-renewal shotgun-grant replacement';
    /** The payment on a page of its own 320 px wide (a frame shares this tab's session storage, as a page would). */
    const onNarrowPage = async (expected: string) => {
      const frame = await narrowFrame(
        {width: 320, height: 640},
        [paymentModule],
        `<soh-payment endpoint="${sandboxUrl}" reference="${reference}" items="${items}"></soh-payment>`,
      );
      const element = frame.document.querySelector('soh-payment')!;
      await until(() => shadowText(element).includes(expected));
      return frame;
    };
    const beforePaying = await onNarrowPage('coterminous');
    try {
      expect(beforePaying.sidewaysOverflow()).to.equal(0);
    } finally {
      beforePaying.remove();
    }
    const element = await payment({reference, items});
    await onProviderPage(await continueToPayment(element), '4444333322221111', 'confirm');
    fixtureCleanup();
    const paid = await onNarrowPage('Payment received');
    try {
      expect(paid.sidewaysOverflow()).to.equal(0);
    } finally {
      paid.remove();
    }
  });

  it('speaks Welsh, and so does the endpoint’s fee', async () => {
    const element = await payment({reference: newReference(), items: 'firearm-grant replacement'}, 'cy');
    const text = shadowText(element);
    expect(text).to.contain('Talu am eich cais am dystysgrif arfau tanio');
    expect(text).to.contain('Tystysgrif arf tanio newydd');
    expect(text).to.contain('£202.00');
    await expect(element).to.be.accessible();
  });
});

/** Presses Continue to payment where the endpoint will refuse it. */
async function continueToPaymentRefused(element: PaymentUnderTest) {
  button(element, 'Continue to payment').click();
  await until(() => root(element).querySelector('.setback'));
}

describe('<soh-payment> and the payment page the endpoint names', () => {
  /** The real sandbox, except that its answer to creating a payment names `nextUrl` instead of its card page. */
  function endpointNaming(nextUrl: string): () => void {
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await realFetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (init?.method !== 'POST' || !url.pathname.endsWith('/payments') || response.status !== 201) return response;
      const created = await response.json();
      return new Response(JSON.stringify({...created, nextUrl}), {status: 201, headers: response.headers});
    };
    return () => (window.fetch = realFetch);
  }

  for (const nextUrl of ['javascript:alert(document.domain)', 'data:text/html,<h1>Pay here</h1>']) {
    it(`does not open ${nextUrl.slice(0, 11)}…: says plainly the payment page could not be opened, and nothing is lost`, async () => {
      const restore = endpointNaming(nextUrl);
      const errors: string[] = [];
      const error = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const element = await payment({reference: newReference(), items: 'firearm-grant'});
        await until(() => shadowText(element).includes('Total to pay'));
        button(element, 'Continue to payment').click();
        await until(() => shadowText(element).includes('We could not open the payment page'));
        expect(element.left).to.deep.equal([]);
        expect(shadowText(element)).to.contain(
          'No money has been taken, and nothing you entered is lost. Call 101 and give your application reference to pay another way.',
        );
        expect(errors.join('\n')).to.contain('<soh-payment> nextUrl').and.to.contain('is not an http(s) address');
        await element.updateComplete;
        expect(deepActiveElement()).to.equal(root(element).querySelector('.setback__title'));
        await expect(element).to.be.accessible();
      } finally {
        console.error = error;
        restore();
      }
    });
  }

  it('says so in Welsh on a Welsh page', async () => {
    const restore = endpointNaming('javascript:alert(1)');
    const error = console.error;
    console.error = () => undefined;
    try {
      const element = await payment({reference: newReference(), items: 'firearm-grant'}, 'cy');
      await until(() => button(element, 'Parhau i dalu'));
      button(element, 'Parhau i dalu').click();
      await until(() => shadowText(element).includes('Nid oedd modd agor y dudalen dalu'));
      expect(shadowText(element)).to.contain('Nid oes arian wedi’i gymryd, ac nid oes dim a roesoch wedi’i golli.');
      expect(element.left).to.deep.equal([]);
    } finally {
      console.error = error;
      restore();
    }
  });
});

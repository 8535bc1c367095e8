import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import '../../src/fields/address/soh-address.js';
import type {SohAddress} from '../../src/fields/address/address-field.js';
import {settled, shadowText, until} from '../helpers/fixtures.js';
import {fieldConformance} from './field-conformance.js';
// @ts-expect-error a virtual module the test runner serves: the real sandbox endpoint
import {sandboxUrl} from '/__sandbox.js';

const saved = new FormData();
saved.append('answer-line1', '1 Example Street');
saved.append('answer-town', 'Chelmsford');
saved.append('answer-postcode', 'CM1 1AA');

// Without an endpoint there is no look-up: the boxes, straight away.
fieldConformance('soh-address', {
  render: () =>
    html`<soh-address name="answer" label="Your answer" required required-message="Enter your answer"></soh-address>`,
  typeAnswer: async () => {
    await sendKeys({type: '1 Example Street'});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'Chelmsford'});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'CM1 1AA'});
  },
  answer: '1 Example Street',
  formKey: 'answer-line1',
  labelledBy: 'legend',
  savedState: saved,
});

async function lookupField() {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <soh-address name="home" label="What is your address?" endpoint=${sandboxUrl} required></soh-address>
    </form>`,
  );
  const field = form.querySelector<SohAddress>('soh-address')!;
  await settled(field);
  return {form, field};
}

function activeId(field: SohAddress): string {
  return field.shadowRoot!.activeElement?.id ?? '';
}

describe('<soh-address> postcode look-up, against the sandbox', () => {
  it('finds the addresses at a postcode, and one is chosen with the keyboard', async () => {
    const {form, field} = await lookupField();
    field.focus();
    expect(activeId(field)).to.equal('postcode-lookup');
    await sendKeys({type: 'cm1 1aa'});
    await sendKeys({press: 'Enter'});
    await until(() => activeId(field) === 'choose');
    expect(activeId(field)).to.equal('choose');
    expect(shadowText(field)).to.contain('CM1 1AA').and.to.contain('3 addresses found');
    await sendKeys({press: 'ArrowDown'});
    expect(new FormData(form).get('home-line1')).to.equal('1 Example Street');
    expect(new FormData(form).get('home-postcode')).to.equal('CM1 1AA');
    expect(field.value.uprn).to.equal('100000000001');
    await expect(field).to.be.accessible();
  });

  it('says when a postcode is not real, or has no addresses, and offers the boxes', async () => {
    const {field} = await lookupField();
    field.focus();
    await sendKeys({type: 'hello'});
    await sendKeys({press: 'Enter'});
    await until(() => shadowText(field).includes('Enter a real postcode'));
    expect(shadowText(field)).to.contain('Enter a real postcode, like CM1 1AA');
    const input = field.shadowRoot!.querySelector<HTMLInputElement>('#postcode-lookup')!;
    input.value = 'ZZ9 9ZZ';
    input.dispatchEvent(new Event('input'));
    await sendKeys({press: 'Enter'});
    await until(() => shadowText(field).includes('could not find'));
    expect(shadowText(field)).to.contain('We could not find an address for that postcode');
    field.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!.click();
    await until(() => activeId(field) === 'line1');
    expect(field.shadowRoot!.querySelector('#town')!.getAttribute('autocomplete')).to.equal('address-level2');
    await expect(field).to.be.accessible();
  });

  it('checks a typed address: line 1, town, a real postcode', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><soh-address name="home" label="Address"></soh-address></form>`,
    );
    const field = form.querySelector<SohAddress>('soh-address')!;
    await settled(field);
    field.value = {line1: '1 Example Street', line2: '', town: 'Chelmsford', county: '', postcode: 'nope'};
    form.requestSubmit();
    await field.updateComplete;
    expect(shadowText(field)).to.contain('Error: Enter a real postcode, like CM1 1AA');
    expect(field.shadowRoot!.querySelector('#postcode')!.getAttribute('aria-invalid')).to.equal('true');
  });
});

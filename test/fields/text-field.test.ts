import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import '../../src/fields/text-field/soh-text-field.js';
import type {SohTextField} from '../../src/fields/text-field/text-field.js';
import {settled} from '../helpers/fixtures.js';
import {fieldConformance} from './field-conformance.js';

for (const [type, typed] of [
  ['text', 'Alex Example'],
  ['email', 'alex@example.com'],
  ['tel', '07700 900982'],
] as const) {
  fieldConformance(`soh-text-field type="${type}"`, {
    render: () =>
      html`<soh-text-field
        name="answer"
        type=${type}
        label="Your answer"
        required
        required-message="Enter your answer"
      ></soh-text-field>`,
    typeAnswer: () => sendKeys({type: typed}),
    answer: typed,
  });
}

async function submitted(field: SohTextField, form: HTMLFormElement): Promise<string> {
  form.requestSubmit();
  await field.updateComplete;
  return (field.shadowRoot!.querySelector('[part="error-message"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<soh-text-field>', () => {
  it('asks for an email address in the correct format', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <soh-text-field name="email" type="email" label="Email address" autocomplete="email"></soh-text-field>
      </form>`,
    );
    const field = form.querySelector('soh-text-field')!;
    await settled(field);
    field.focus();
    await sendKeys({type: 'alex@'});
    expect(field.validity.typeMismatch).to.equal(true);
    expect(await submitted(field, form)).to.equal(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    expect(field.shadowRoot!.querySelector('input')!.getAttribute('autocomplete')).to.equal('email');
  });

  it('asks for a telephone number people recognise', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><soh-text-field name="phone" type="tel" label="Telephone"></soh-text-field></form>`,
    );
    const field = form.querySelector('soh-text-field')!;
    await settled(field);
    field.focus();
    await sendKeys({type: '12345'});
    expect(await submitted(field, form)).to.contain('Enter a telephone number');
    field.value = '+44 808 157 0192';
    await field.updateComplete;
    expect(field.checkValidity()).to.equal(true);
  });

  it('takes a type named after an Object property as plain text, with no input mode', async () => {
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const field = await fixture<SohTextField>(html`<soh-text-field type=${type} label="Name"></soh-text-field>`);
      await settled(field);
      expect(field.shadowRoot!.querySelector('input')!.hasAttribute('inputmode'), type).to.equal(false);
    }
  });

  it('does not require an optional answer, and reports an empty one as valid', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><soh-text-field name="nickname" label="Nickname (optional)"></soh-text-field></form>`,
    );
    await settled(form.querySelector('soh-text-field')!);
    expect(form.checkValidity()).to.equal(true);
  });

  it('shows its label as the page heading when asked', async () => {
    const field = await fixture<SohTextField>(
      html`<soh-text-field name="q" label="What is your name?" heading-level="1"></soh-text-field>`,
    );
    await settled(field);
    const heading = field.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('1');
    expect(heading.textContent!.trim()).to.equal('What is your name?');
    await expect(field).to.be.accessible();
  });

  it('renders a hostile label as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const field = await fixture<SohTextField>(html`<soh-text-field name="q" label=${hostile}></soh-text-field>`);
    await settled(field);
    expect(field.shadowRoot!.querySelector('img')).to.equal(null);
    expect(field.shadowRoot!.querySelector('label')!.textContent).to.equal(hostile);
  });
});

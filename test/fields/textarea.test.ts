import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import '../../src/fields/textarea/soh-textarea.js';
import type {SohTextarea} from '../../src/fields/textarea/textarea.js';
import {settled} from '../helpers/fixtures.js';
import {fieldConformance} from './field-conformance.js';

fieldConformance('soh-textarea', {
  render: () =>
    html`<soh-textarea
      name="answer"
      label="Your answer"
      required
      required-message="Enter your answer"
      maxlength="50"
    ></soh-textarea>`,
  typeAnswer: () => sendKeys({type: 'A bicycle was taken'}),
  answer: 'A bicycle was taken',
});

function count(field: SohTextarea): string {
  return field.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
}

describe('<soh-textarea> character count', () => {
  it('counts down, then counts over without stopping the typing, and refuses the excess when sent', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><soh-textarea name="what" label="What happened" maxlength="10"></soh-textarea></form>`,
    );
    const field = form.querySelector('soh-textarea')!;
    await settled(field);
    expect(count(field)).to.equal('You have 10 characters remaining');
    field.focus();
    await sendKeys({type: 'abcdefghi'});
    await field.updateComplete;
    expect(count(field)).to.equal('You have 1 character remaining');
    await sendKeys({type: 'jklm'});
    await field.updateComplete;
    expect(field.value).to.equal('abcdefghijklm');
    expect(count(field)).to.equal('You have 3 characters too many');
    expect(field.validity.tooLong).to.equal(true);
    form.requestSubmit();
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('[part="error-message"]')!.textContent).to.contain(
      'Your answer must be 10 characters or less',
    );
    await expect(field).to.be.accessible();
  });

  it('names what is too long as the page wrote it for its language, in Welsh as it follows "Rhaid"', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="cy">
        <soh-textarea name="what" label="Beth ddigwyddodd?" error-label="i’ch disgrifiad" maxlength="10"></soh-textarea>
      </form>`,
    );
    const field = form.querySelector('soh-textarea')!;
    await settled(field);
    field.value = 'abcdefghijk';
    form.requestSubmit();
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('[part="error-message"]')!.textContent!.trim()).to.equal(
      'Gwall: Rhaid i’ch disgrifiad fod yn 10 nod neu lai',
    );
  });

  it('reads the count out once typing pauses', async () => {
    const field = await fixture<SohTextarea>(
      html`<soh-textarea name="what" label="What happened" maxlength="20"></soh-textarea>`,
    );
    await settled(field);
    field.focus();
    await sendKeys({type: 'abc'});
    const live = field.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await field.updateComplete;
    expect(live.textContent!.trim()).to.equal('You have 17 characters remaining');
  });

  it('counts in Welsh, with Welsh plurals', async () => {
    const wrapper = await fixture(
      html`<div lang="cy"><soh-textarea name="what" label="Beth ddigwyddodd" maxlength="3"></soh-textarea></div>`,
    );
    const field = wrapper.querySelector('soh-textarea')!;
    await settled(field);
    expect(count(field)).to.equal('Mae gennych 3 nod yn weddill');
    field.focus();
    await sendKeys({type: 'ab'});
    await field.updateComplete;
    expect(count(field)).to.equal('Mae gennych 1 nod yn weddill');
  });
});

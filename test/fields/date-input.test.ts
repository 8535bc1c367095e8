import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import '../../src/fields/date-input/soh-date-input.js';
import type {SohDateInput} from '../../src/fields/date-input/date-input.js';
import {checkDate} from '../../src/fields/date-input/date-parts.js';
import {settled, shadowText} from '../helpers/fixtures.js';
import {fieldConformance} from './field-conformance.js';

fieldConformance('soh-date-input', {
  render: () =>
    html`<soh-date-input
      name="answer"
      label="Your answer"
      required
      required-message="Enter your answer"
    ></soh-date-input>`,
  typeAnswer: async () => {
    await sendKeys({type: '12'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '3'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '2020'});
  },
  answer: '2020-03-12',
  valueBeforeDefinition: '',
  labelledBy: 'legend',
  savedState: '12/3/2020',
});

describe('checkDate', () => {
  const today = new Date(2026, 10, 25);
  it('answers an ISO date for a real one', () => {
    expect(checkDate({day: '29', month: '2', year: '2024'})).to.deep.equal({iso: '2024-02-29'});
    expect(checkDate({day: ' 1', month: '01 ', year: '1999'})).to.deep.equal({iso: '1999-01-01'});
  });
  it('names the missing parts first', () => {
    expect(checkDate({day: '', month: '', year: '2020'})).to.deep.equal({
      problem: {kind: 'missing', parts: ['day', 'month']},
    });
    expect(checkDate({day: '1', month: '', year: '20'})).to.deep.equal({problem: {kind: 'missing', parts: ['month']}});
  });
  it('then a year without four numbers, then a date that does not exist', () => {
    expect(checkDate({day: '1', month: '2', year: '20'})).to.deep.equal({problem: {kind: 'year-digits'}});
    expect(checkDate({day: '29', month: '2', year: '2023'})).to.deep.equal({
      problem: {kind: 'not-real', parts: ['day']},
    });
    expect(checkDate({day: '1', month: '13', year: '2023'})).to.deep.equal({
      problem: {kind: 'not-real', parts: ['month']},
    });
    expect(checkDate({day: 'x', month: '1', year: '2023'})).to.deep.equal({
      problem: {kind: 'not-real', parts: ['day']},
    });
  });
  it('refuses a future date where it must be in the past, today allowed', () => {
    expect(checkDate({day: '26', month: '11', year: '2026'}, {past: true, today})).to.deep.equal({
      problem: {kind: 'not-past'},
    });
    expect(checkDate({day: '25', month: '11', year: '2026'}, {past: true, today})).to.deep.equal({iso: '2026-11-25'});
  });
});

async function dateIn(markup: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form>${markup}</form>`);
  const field = form.querySelector<SohDateInput>('soh-date-input')!;
  await settled(field);
  return {form, field};
}

async function errorAfterSubmit(form: HTMLFormElement, field: SohDateInput): Promise<string> {
  form.requestSubmit();
  await field.updateComplete;
  return (field.shadowRoot!.querySelector('[part="error-message"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function invalidParts(field: SohDateInput): string[] {
  return [...field.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')].map((input) => input.id);
}

describe('<soh-date-input>', () => {
  it('says which part is missing, and marks that box', async () => {
    const {form, field} = await dateIn(
      html`<soh-date-input
        name="when"
        label="When did it happen?"
        error-label="The date it happened"
      ></soh-date-input>`,
    );
    field.focus();
    await sendKeys({type: '12'});
    expect(await errorAfterSubmit(form, field)).to.equal('Error: The date it happened must include a month and year');
    expect(invalidParts(field)).to.deep.equal(['month', 'year']);
    expect(field.shadowRoot!.activeElement!.id).to.equal('day');
  });

  it('never moves to the next box by itself', async () => {
    const {field} = await dateIn(html`<soh-date-input name="when" label="When"></soh-date-input>`);
    field.focus();
    await sendKeys({type: '12'});
    expect(field.shadowRoot!.activeElement!.id).to.equal('day');
  });

  it('says a date must be real, and in the past where asked', async () => {
    const {form, field} = await dateIn(
      html`<soh-date-input
        name="when"
        label="Date of birth"
        error-label="Your date of birth"
        past
        autocomplete="bday"
      ></soh-date-input>`,
    );
    field.focus();
    await sendKeys({type: '31'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '4'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '1990'});
    expect(await errorAfterSubmit(form, field)).to.equal('Error: Your date of birth must be a real date');
    expect(invalidParts(field)).to.deep.equal(['day']);
    field.formStateRestoreCallback('1/1/2999');
    await field.updateComplete;
    expect(await errorAfterSubmit(form, field)).to.equal('Error: Your date of birth must be today or in the past');
    expect(field.shadowRoot!.querySelector('#year')!.getAttribute('autocomplete')).to.equal('bday-year');
    await expect(field).to.be.accessible();
  });

  it('asks for four numbers in the year', async () => {
    const {form, field} = await dateIn(html`<soh-date-input name="when" label="When"></soh-date-input>`);
    field.formStateRestoreCallback('1/2/26');
    await field.updateComplete;
    expect(await errorAfterSubmit(form, field)).to.equal('Error: Year must include 4 numbers');
    expect(invalidParts(field)).to.deep.equal(['year']);
  });

  it('speaks Welsh: Diwrnod, Mis, Blwyddyn, and a message about the subject written as it follows "Rhaid"', async () => {
    const {form, field} = await dateIn(
      html`<soh-date-input
        lang="cy"
        name="when"
        label="Pryd digwyddodd y peth?"
        error-label="i’r dyddiad y digwyddodd"
      ></soh-date-input>`,
    );
    expect(shadowText(field)).to.contain('Diwrnod').and.to.contain('Mis').and.to.contain('Blwyddyn');
    field.formStateRestoreCallback('1//2020');
    await field.updateComplete;
    expect(await errorAfterSubmit(form, field)).to.equal('Gwall: Rhaid i’r dyddiad y digwyddodd gynnwys mis');
  });

  it('without an error label, says "the date" in either language, never pasting the question in', async () => {
    for (const [lang, expected] of [
      ['en', 'Error: The date must include a day and year'],
      ['cy', 'Gwall: Rhaid i’r dyddiad gynnwys diwrnod a blwyddyn'],
    ]) {
      const {form, field} = await dateIn(
        html`<soh-date-input lang=${lang} name="when" label="Dyddiad geni"></soh-date-input>`,
      );
      field.formStateRestoreCallback('/4/');
      await field.updateComplete;
      expect(await errorAfterSubmit(form, field)).to.equal(expected);
    }
  });
});

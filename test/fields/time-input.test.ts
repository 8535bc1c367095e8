import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import '../../src/fields/time-input/soh-time-input.js';
import type {SohTimeInput} from '../../src/fields/time-input/time-input.js';
import {checkTime} from '../../src/fields/time-input/time-parts.js';
import {settled, shadowText} from '../helpers/fixtures.js';
import {fieldConformance} from './field-conformance.js';

fieldConformance('soh-time-input', {
  render: () =>
    html`<soh-time-input
      name="answer"
      label="Your answer"
      required
      required-message="Enter your answer"
    ></soh-time-input>`,
  typeAnswer: async () => {
    await sendKeys({type: '9'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '05'});
  },
  answer: '09:05',
  valueBeforeDefinition: '',
  labelledBy: 'legend',
  savedState: '9/05',
});

describe('checkTime', () => {
  it('answers HH:MM for a real time, and names what is missing or wrong', () => {
    expect(checkTime({hour: '23', minute: '59'})).to.deep.equal({time: '23:59'});
    expect(checkTime({hour: '0', minute: '0'})).to.deep.equal({time: '00:00'});
    expect(checkTime({hour: '', minute: '15'})).to.deep.equal({problem: {kind: 'missing', parts: ['hour']}});
    expect(checkTime({hour: '24', minute: '60'})).to.deep.equal({
      problem: {kind: 'not-real', parts: ['hour', 'minute']},
    });
  });
});

describe('<soh-time-input>', () => {
  it('says what is wrong, in English and Welsh', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><soh-time-input name="t" label="What time?"></soh-time-input></form>`,
    );
    const field = form.querySelector<SohTimeInput>('soh-time-input')!;
    await settled(field);
    field.formStateRestoreCallback('25/10');
    form.requestSubmit();
    await field.updateComplete;
    expect(shadowText(field)).to.contain('Error: The time must be a real time, like 09:30 or 17:45');
    field.setAttribute('lang', 'cy');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await field.updateComplete;
    expect(shadowText(field)).to.contain('Awr').and.to.contain('Munud');
    expect(shadowText(field)).to.contain('Gwall: Rhaid i’r amser fod yn amser dilys, fel 09:30 neu 17:45');
    field.setAttribute('error-label', 'i amser y gwrthdrawiad');
    field.formStateRestoreCallback('14/');
    form.requestSubmit();
    await field.updateComplete;
    expect(shadowText(field)).to.contain('Gwall: Rhaid i amser y gwrthdrawiad gynnwys munud');
  });
});

describe('<soh-time-input> inside a form that hands its value back', () => {
  it('keeps what is typed, even as the value passes through complete and back', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><soh-time-input name="t" label="Time"></soh-time-input></form>`,
    );
    const field = form.querySelector<SohTimeInput>('soh-time-input')!;
    await settled(field);
    // As <soh-report-form> does: every input sets the field's value to what it reports.
    field.addEventListener('input', () => {
      const reported = field.value;
      field.value = reported;
    });
    field.focus();
    await sendKeys({type: '17'});
    await sendKeys({press: 'Tab'});
    await sendKeys({type: '45'});
    expect(field.value).to.equal('17:45');
    expect(new FormData(form).get('t')).to.equal('17:45');
  });
});

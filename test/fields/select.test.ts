import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import '../../src/fields/select/soh-select.js';
import type {SohSelect} from '../../src/fields/select/select.js';
import {filterOptions} from '../../src/fields/select/filter-options.js';
import {selfDefinedEthnicity} from '../../src/sdm/code-lists.js';
import {settled, shadowText} from '../helpers/fixtures.js';
import {fieldConformance} from './field-conformance.js';

const ethnicity = Object.values(selfDefinedEthnicity).map(({code, en}) => ({value: code, label: en}));

fieldConformance('soh-select', {
  render: () =>
    html`<soh-select
      name="answer"
      label="Your answer"
      required
      required-message="Enter your answer"
      .options=${ethnicity}
    ></soh-select>`,
  typeAnswer: async () => {
    await sendKeys({type: 'pakis'});
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Enter'});
  },
  answer: 'ESDD_A2',
});

describe('filterOptions', () => {
  it('puts labels that start with the text first, then words, then anywhere; ignoring case and accents', () => {
    const options = [
      {value: '1', label: 'Any other Asian background'},
      {value: '2', label: 'Asian – Indian'},
      {value: '3', label: 'Caucasian'},
      {value: '4', label: 'Ffôn'},
    ];
    expect(filterOptions(options, 'asian').map((option) => option.value)).to.deep.equal(['2', '1', '3']);
    expect(filterOptions(options, 'FFON').map((option) => option.value)).to.deep.equal(['4']);
    expect(filterOptions(options, '')).to.have.length(4);
  });
});

async function select(): Promise<{form: HTMLFormElement; field: SohSelect; input: HTMLInputElement}> {
  const form = await fixture<HTMLFormElement>(
    html`<form><soh-select name="eth" label="Ethnic group" .options=${ethnicity}></soh-select></form>`,
  );
  const field = form.querySelector<SohSelect>('soh-select')!;
  await settled(field);
  return {form, field, input: field.shadowRoot!.querySelector('input')!};
}

describe('<soh-select>', () => {
  it('is an ARIA combobox: the list opens as you type, arrows move, the active option is announced', async () => {
    const {field, input} = await select();
    field.focus();
    await sendKeys({type: 'black'});
    await field.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = [...field.shadowRoot!.querySelectorAll('[role="option"]')].map((option) =>
      option.textContent!.trim(),
    );
    expect(options[0]).to.equal('Black – Caribbean');
    expect(shadowText(field)).to.contain('5 results are available');
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowDown'});
    await field.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-1');
    expect(field.shadowRoot!.querySelector('#option-1')!.getAttribute('aria-selected')).to.equal('true');
    await expect(field).to.be.accessible();
    await sendKeys({press: 'Escape'});
    await field.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('says when nothing matches, and refuses text that is not an option', async () => {
    const {form, field} = await select();
    field.focus();
    await sendKeys({type: 'zzz'});
    await field.updateComplete;
    expect(shadowText(field)).to.contain('No results found');
    form.requestSubmit();
    await field.updateComplete;
    expect(shadowText(field)).to.contain('Error: Select an option from the list');
    expect(new FormData(form).get('eth')).to.equal(null);
  });

  it('takes text that is exactly an option, and shows the label of a value set from outside', async () => {
    const {form, field, input} = await select();
    // The next question, for Tab to move to: WebKit's Tab goes only to text boxes and lists, and without one stays.
    form.append(Object.assign(document.createElement('input'), {name: 'next', ariaLabel: 'Next question'}));
    field.focus();
    await sendKeys({type: 'arab'});
    await sendKeys({press: 'Tab'});
    expect(new FormData(form).get('eth')).to.equal('ESDD_O2');
    field.value = 'ESDD_NS';
    await field.updateComplete;
    expect(input.value).to.equal('Prefer not to say');
  });

  it('counts results in Welsh', async () => {
    const wrapper = await fixture(
      html`<div lang="cy"><soh-select name="eth" label="Grŵp ethnig" .options=${ethnicity}></soh-select></div>`,
    );
    const field = wrapper.querySelector<SohSelect>('soh-select')!;
    await settled(field);
    field.focus();
    await sendKeys({type: 'white'});
    await field.updateComplete;
    expect(shadowText(field)).to.contain('Mae 8 o ganlyniadau ar gael');
  });
});

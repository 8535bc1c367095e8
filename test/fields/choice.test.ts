import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import '../../src/fields/choice/soh-checkboxes.js';
import '../../src/fields/choice/soh-radios.js';
import '../../src/fields/choice/soh-yes-no.js';
import type {SohCheckboxes} from '../../src/fields/choice/checkboxes.js';
import type {SohRadios} from '../../src/fields/choice/radios.js';
import {settled, shadowText} from '../helpers/fixtures.js';
import {fieldConformance} from './field-conformance.js';

const involvement = [
  {value: 'IVLD_VICTIM', label: 'It happened to me'},
  {value: 'IVLD_WITNESS', label: 'I saw it happen'},
  {value: 'IVLD_OTHER', label: 'I am reporting for someone else', hint: 'For example, a relative'},
];

fieldConformance('soh-radios', {
  render: () =>
    html`<soh-radios
      name="answer"
      label="Your answer"
      required
      required-message="Enter your answer"
      .options=${involvement}
    ></soh-radios>`,
  typeAnswer: () => sendKeys({press: ' '}),
  answer: 'IVLD_VICTIM',
  labelledBy: 'legend',
});

fieldConformance('soh-checkboxes', {
  render: () =>
    html`<soh-checkboxes
      name="answer"
      label="Your answer"
      required
      required-message="Enter your answer"
      .options=${involvement}
    ></soh-checkboxes>`,
  typeAnswer: () => sendKeys({press: ' '}),
  answer: 'IVLD_VICTIM',
  labelledBy: 'legend',
  savedState: (() => {
    const state = new FormData();
    state.append('answer', 'IVLD_VICTIM');
    return state;
  })(),
});

fieldConformance('soh-yes-no', {
  render: () =>
    html`<soh-yes-no name="answer" label="Your answer" required required-message="Enter your answer"></soh-yes-no>`,
  typeAnswer: () => sendKeys({press: ' '}),
  answer: 'yes',
  labelledBy: 'legend',
});

describe('<soh-radios>', () => {
  it('moves between options with the arrow keys, choosing as it goes', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <soh-radios name="involved" label="How are you involved?" .options=${involvement}></soh-radios>
      </form>`,
    );
    const radios = form.querySelector<SohRadios>('soh-radios')!;
    await settled(radios);
    radios.focus();
    await sendKeys({press: 'ArrowDown'});
    expect(radios.value).to.equal('IVLD_WITNESS');
    await sendKeys({press: 'ArrowDown'});
    expect(new FormData(form).get('involved')).to.equal('IVLD_OTHER');
  });

  it('describes an option by its hint', async () => {
    const radios = await fixture<SohRadios>(
      html`<soh-radios name="involved" label="How are you involved?" .options=${involvement}></soh-radios>`,
    );
    await settled(radios);
    const third = radios.shadowRoot!.querySelector('#option-2')!;
    expect(radios.shadowRoot!.getElementById(third.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'For example, a relative',
    );
  });
});

describe('two questions of radios on one page', () => {
  it('keep their radios in groups of their own, so Tab reaches the second in every engine', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <soh-yes-no name="ongoing" label="Is it still going on?"></soh-yes-no>
        <soh-radios name="involved" label="How are you involved?" .options=${involvement}></soh-radios>
      </form>`,
    );
    const [first, second] = [...form.querySelectorAll<SohRadios>('soh-yes-no, soh-radios')];
    await settled(first);
    await settled(second);
    const names = (field: Element) =>
      new Set([...field.shadowRoot!.querySelectorAll('input')].map((input) => input.name));
    // WebKit groups radios by name across shadow roots when Tab moves focus: one name for both would make one group.
    expect(names(first).size).to.equal(1);
    expect(names(second).size).to.equal(1);
    expect([...names(first)][0]).not.to.equal([...names(second)][0]);
    first.focus();
    await sendKeys({press: ' '});
    await sendKeys({press: 'Tab'});
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    expect(focused?.getRootNode()).to.equal(second.shadowRoot);
  });
});

describe('<soh-checkboxes>', () => {
  it('submits every chosen value under its name', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><soh-checkboxes name="involved" label="Which apply?" .options=${involvement}></soh-checkboxes></form>`,
    );
    const boxes = form.querySelector<SohCheckboxes>('soh-checkboxes')!;
    await settled(boxes);
    boxes.focus();
    await sendKeys({press: ' '});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    await sendKeys({press: ' '});
    expect(new FormData(form).getAll('involved')).to.deep.equal(['IVLD_VICTIM', 'IVLD_OTHER']);
  });
});

describe('<soh-yes-no>', () => {
  it('answers in the words a Welsh question needs, and still submits yes or no', async () => {
    const wrapper = await fixture(
      html`<form lang="cy">
        <soh-yes-no name="seen" label="A welodd unrhyw un?" yes-label="Do" no-label="Naddo"></soh-yes-no>
      </form>`,
    );
    const field = wrapper.querySelector('soh-yes-no')!;
    await settled(field);
    expect(shadowText(field)).to.contain('Do').and.to.contain('Naddo');
    field.focus();
    await sendKeys({press: ' '});
    expect(new FormData(wrapper as HTMLFormElement).get('seen')).to.equal('yes');
  });

  it('says Ie and Na in Welsh where the question gives no words', async () => {
    const wrapper = await fixture(
      html`<form lang="cy"><soh-yes-no name="weapon" label="A oedd arf?"></soh-yes-no></form>`,
    );
    const field = wrapper.querySelector('soh-yes-no')!;
    await settled(field);
    expect(shadowText(field)).to.contain('Ie').and.to.contain('Na');
    field.focus();
    await sendKeys({press: ' '});
    expect(new FormData(wrapper as HTMLFormElement).get('weapon')).to.equal('yes');
  });
});

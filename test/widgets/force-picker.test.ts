import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '../helpers/keys.js';
import '../../src/widgets/force-picker/soh-force-picker.js';
import type {SohForceChosenEvent} from '../../src/core/force-chosen-event.js';
import type {SohForcePicker} from '../../src/widgets/force-picker/force-picker.js';
import {settled, shadowText, until} from '../helpers/fixtures.js';
import {
  answerCovidBreach,
  endpoint,
  field,
  heading,
  inbox,
  pressContinue,
  root,
} from '../helpers/report-form-driver.js';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';

async function picker(lang = 'en'): Promise<SohForcePicker> {
  const wrapper = await fixture(
    html`<div lang=${lang}><soh-force-picker endpoint=${endpoint}></soh-force-picker></div>`,
  );
  const element = wrapper.querySelector<SohForcePicker>('soh-force-picker')!;
  await settled(element);
  return element;
}

function inner<T extends Element>(element: SohForcePicker, selector: string): T {
  return element.shadowRoot!.querySelector<T>(selector)!;
}

describe('<soh-force-picker>', () => {
  it('finds a force by its name, typed, with the keyboard', async () => {
    const element = await picker();
    await expect(element).to.be.accessible();
    const chosen = oneEvent(element, 'soh-force-chosen') as Promise<SohForceChosenEvent>;
    inner<HTMLElement>(element, 'soh-select').focus();
    await sendKeys({type: 'gwen'});
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'Enter'});
    inner<HTMLButtonElement>(element, 'button[type="submit"]').focus();
    await sendKeys({press: 'Enter'});
    expect((await chosen).detail.forceId).to.equal('gwent');
  });

  it('finds a force by postcode, through the sandbox', async () => {
    const element = await picker();
    const chosen = oneEvent(element, 'soh-force-chosen') as Promise<SohForceChosenEvent>;
    inner<HTMLElement>(element, 'soh-text-field').focus();
    await sendKeys({type: 'cf10 1aa'});
    await sendKeys({press: 'Enter'});
    expect((await chosen).detail.forceId).to.equal('south-wales');
  });

  it('says what to do when nothing, a wrong postcode or an unknown one is given', async () => {
    const element = await picker();
    inner<HTMLButtonElement>(element, 'button[type="submit"]').click();
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Choose the police force, or enter the postcode where it happened');
    inner<HTMLElement>(element, 'soh-text-field').focus();
    await sendKeys({type: 'ZE1 0AA'});
    await sendKeys({press: 'Enter'});
    await until(() => shadowText(element).includes('could not find the force'));
    await expect(element).to.be.accessible();
  });

  it('offers the Welsh names of forces in Welsh', async () => {
    const element = await picker('cy');
    expect(shadowText(element)).to.contain('Ble digwyddodd y peth?');
    inner<HTMLElement>(element, 'soh-select').focus();
    await sendKeys({type: 'heddlu gw'});
    await inner<SohForcePicker>(element, 'soh-select').updateComplete;
    expect(inner<HTMLElement>(element, 'soh-select').shadowRoot!.textContent).to.contain('Heddlu Gwent');
  });
});

describe('<soh-report-form> in national mode', () => {
  it('asks where it happened, then carries on as that force: themed, and routed with its code', async () => {
    sessionStorage.clear();
    const form = await fixture<SohReportForm>(
      html`<soh-report-form service="covid-breach" endpoint=${endpoint}></soh-report-form>`,
    );
    await until(() => root(form).querySelector('soh-force-picker'));
    const element = root(form).querySelector<SohForcePicker>('soh-force-picker')!;
    await settled(element);
    inner<HTMLElement>(element, 'soh-text-field').focus();
    await sendKeys({type: 'NP20 1AA'});
    await sendKeys({press: 'Enter'});
    await until(() => field(form, 'emergency'));
    expect(form.getAttribute('force')).to.equal('gwent');
    await answerCovidBreach(form, 'A party');
    expect(heading(form)).to.equal('Check your answers before sending your report');
    const sent = oneEvent(form, 'soh-report-sent');
    await pressContinue(form);
    const {detail} = await sent;
    const stored = (await inbox()).find((entry) => entry.customerReferenceNumber === detail.reference)!;
    const submission = stored.document.included.find((entity) => entity.type === 'submission')!.attributes as {
      forceIdentifier: number;
    };
    expect(submission.forceIdentifier).to.equal(61);
  });
});

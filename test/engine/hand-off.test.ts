import {expect, fixture, html} from '@open-wc/testing';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import {fraudHandOff} from '../../src/services/fraud/hand-off.js';
import {terrorismHandOff} from '../../src/services/terrorism/hand-off.js';
import {settled, shadowText, until} from '../helpers/fixtures.js';

// A service the force hands off to a national one: no form, but what it is for, what to have ready, a link that
// opens it, and when to call 999 or the force, in English and Welsh; the same with or without a force.

async function open(markup: ReturnType<typeof html>): Promise<SohReportForm> {
  const wrapper = await fixture<HTMLElement>(html`<div>${markup}</div>`);
  const form = wrapper.querySelector<SohReportForm>('soh-report-form')!;
  await settled(form);
  await until(() => form.shadowRoot!.querySelector('[part="hand-off"]'));
  await settled(form);
  return form;
}

describe('<soh-report-form> for a hand-off', () => {
  it('says what Report Fraud is for and what to have ready, links to it, and gives the force’s own numbers', async () => {
    const form = await open(
      html`<soh-report-form service="fraud" force="btp" endpoint="https://sih.example/"></soh-report-form>`,
    );
    const root = form.shadowRoot!;
    expect(root.querySelector('h1')!.textContent!.trim()).to.equal('Report fraud or cyber crime');
    expect(root.querySelectorAll('ul')[0].querySelectorAll('li')).to.have.length(fraudHandOff.haveReady.length);
    const link = root.querySelector<HTMLAnchorElement>('a.button')!;
    expect(link.textContent!.trim()).to.equal('Go to Report Fraud');
    expect(link.href).to.equal('https://www.reportfraud.police.uk/');
    // The national service is not told which page the person came from; it opens in this tab.
    expect(link.rel).to.equal('noreferrer');
    expect(link.target).to.equal('');
    const words = shadowText(form);
    expect(words).to.contain('0300 123 2040').and.to.contain('In an emergency, call 999.').and.to.contain('text 61016');
    // No form, so nothing to answer or send.
    expect(root.querySelector('form')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('needs no force: on a national page it shows the hand-off, not the force picker', async () => {
    const form = await open(
      html`<soh-report-form service="terrorism" endpoint="https://sih.example/"></soh-report-form>`,
    );
    expect(form.shadowRoot!.querySelector('soh-force-picker')).to.equal(null);
    expect(form.shadowRoot!.querySelector('h1')!.textContent!.trim()).to.equal('Report possible terrorism');
    expect(form.shadowRoot!.querySelector<HTMLAnchorElement>('a.button')!.href).to.equal(terrorismHandOff.link.href);
    expect(shadowText(form)).to.contain('0800 789 321').and.to.contain('call 101');
    await expect(form).to.be.accessible();
  });

  it('speaks Welsh, every word of it', async () => {
    const form = await open(
      html`<div lang="cy">
        <soh-report-form service="fraud" force="gwent" endpoint="https://sih.example/"></soh-report-form>
      </div>`,
    );
    const words = shadowText(form);
    expect(words)
      .to.contain(fraudHandOff.title.cy)
      .and.to.contain('Beth i’w gael yn barod')
      .and.to.contain('Beth arall i’w wneud nawr')
      .and.to.contain('Ewch i Report Fraud')
      .and.to.contain('Mewn argyfwng, ffoniwch 999.')
      .and.to.contain('ffoniwch 101');
    for (const english of ['What to have ready', 'What else to do now', 'In an emergency'])
      expect(words).not.to.contain(english);
    await expect(form).to.be.accessible();
  });
});

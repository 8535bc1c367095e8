import {expect, fixture, html} from '@open-wc/testing';
import '../../src/widgets/service-list/soh-service-list.js';
import type {SohServiceList} from '../../src/widgets/service-list/service-list.js';
import {settled} from '../helpers/fixtures.js';

async function list(markup: ReturnType<typeof html>): Promise<SohServiceList> {
  const wrapper = await fixture<HTMLElement>(html`<div>${markup}</div>`);
  const element = wrapper.querySelector<SohServiceList>('soh-service-list')!;
  await settled(element);
  return element;
}

function links(element: SohServiceList): Array<[string, string]> {
  return [...element.shadowRoot!.querySelectorAll('a')].map((link) => [
    link.textContent!.trim(),
    link.getAttribute('href')!,
  ]);
}

describe('<soh-service-list>', () => {
  it("lists a force's services in their order, its opt-ins included, linked by the force's own address pattern", async () => {
    const element = await list(
      html`<soh-service-list force="essex" href-template="/report/{service}/"></soh-service-list>`,
    );
    expect(links(element)).to.deep.equal([
      ['Report a crime', '/report/crime/'],
      ['Report anti-social behaviour', '/report/asb/'],
      ['Report a road traffic collision', '/report/road-traffic/'],
      ['Report domestic abuse', '/report/domestic-abuse/'],
      ['Report a missing person', '/report/missing-person/'],
      ['Apply for a firearm or shotgun certificate', '/report/firearms/'],
      ['Report a COVID-19 breach', '/report/covid-breach/'],
    ]);
    expect(element.shadowRoot!.textContent).to.contain('In an emergency, call 999.').and.to.contain('call 101');
    await expect(element).to.be.accessible();
  });

  it('leaves opt-in services out where a force has not switched them on, and uses its own non-emergency words', async () => {
    const element = await list(html`<soh-service-list force="btp"></soh-service-list>`);
    expect(links(element).map(([text]) => text)).to.deep.equal([
      'Report a crime',
      'Report anti-social behaviour',
      'Report a road traffic collision',
    ]);
    expect(element.shadowRoot!.textContent).to.contain('text 61016');
  });

  it('speaks Welsh', async () => {
    const element = await list(html`<soh-service-list force="gwent" lang="cy"></soh-service-list>`);
    expect(element.shadowRoot!.textContent)
      .to.contain('Rhoi gwybod ar-lein')
      .and.to.contain('Rhoi gwybod am drosedd')
      .and.to.contain('ffoniwch 101');
  });

  it("speaks the force's default language where the page declares none, and the page's where it does", async () => {
    const html_ = document.documentElement;
    const declared = html_.getAttribute('lang');
    html_.removeAttribute('lang');
    try {
      const northWales = await list(html`<soh-service-list force="north-wales"></soh-service-list>`);
      expect(northWales.shadowRoot!.textContent).to.contain('Rhoi gwybod am drosedd');
      const essex = await list(html`<soh-service-list force="essex"></soh-service-list>`);
      expect(essex.shadowRoot!.textContent).to.contain('Report a crime');
      const english = await list(html`<div lang="en"><soh-service-list force="north-wales"></soh-service-list></div>`);
      expect(english.shadowRoot!.textContent).to.contain('Report a crime');
    } finally {
      if (declared !== null) html_.setAttribute('lang', declared);
    }
  });

  it('says what is wrong without a force', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const element = await list(html`<soh-service-list></soh-service-list>`);
      expect(element.shadowRoot!.textContent).to.contain('has not said which police force');
    } finally {
      console.error = original;
    }
  });
});

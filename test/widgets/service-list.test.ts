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

/** Each part of the list: its heading, and the services it links to (by the id in each link). */
function parts(element: SohServiceList): Array<[string, string[]]> {
  return [...element.shadowRoot!.querySelectorAll('[part="group-heading"]')].map((heading) => [
    heading.textContent!.trim(),
    [...(heading.nextElementSibling as HTMLElement).querySelectorAll('a')].map((link) =>
      link
        .getAttribute('href')!
        .replace(/^\/(report\/)?/, '')
        .replace(/\/$/, ''),
    ),
  ]);
}

describe('<soh-service-list>', () => {
  it("lists a force's services in Single Online Home's parts, in their order, its opt-ins included, linked by the force's own address pattern", async () => {
    const element = await list(
      html`<soh-service-list force="essex" href-template="/report/{service}/"></soh-service-list>`,
    );
    expect(parts(element)).to.deep.equal([
      [
        'Report',
        [
          'crime',
          'asb',
          'road-traffic',
          'domestic-abuse',
          'missing-person',
          'covid-breach',
          'hate-crime',
          'sexual-offences',
          'spiking',
          'fraud',
          'stolen-vehicle',
          'found-property',
          'dash-cam',
          'tell-us-about',
          'terrorism',
        ],
      ],
      ['Apply, register or request', ['firearms', 'clares-law', 'sarahs-law']],
      ['Complaints and compliments', ['feedback']],
    ]);
    expect(links(element).slice(0, 2)).to.deep.equal([
      ['Report a crime', '/report/crime/'],
      ['Report anti-social behaviour', '/report/asb/'],
    ]);
    // The list's heading, then each part's one level below it.
    const headings = [...element.shadowRoot!.querySelectorAll('[role="heading"]')].map((heading) =>
      heading.getAttribute('aria-level'),
    );
    expect(headings).to.deep.equal(['2', '3', '3', '3']);
    expect(element.shadowRoot!.textContent).to.contain('In an emergency, call 999.').and.to.contain('call 101');
    await expect(element).to.be.accessible();
  });

  it('leaves opt-in services out where a force has not switched them on, and parts it offers nothing in, and uses its own non-emergency words', async () => {
    const element = await list(html`<soh-service-list force="btp" href-template="/{service}"></soh-service-list>`);
    expect(parts(element)).to.deep.equal([
      ['Report', ['crime', 'asb', 'road-traffic', 'hate-crime', 'fraud', 'found-property', 'terrorism']],
    ]);
    expect(element.shadowRoot!.textContent).to.contain('text 61016');
  });

  it('lists, for a Welsh force, dash-cam footage handed off to GoSafe in place of the form', async () => {
    const element = await list(
      html`<soh-service-list force="dyfed-powys" href-template="/{service}"></soh-service-list>`,
    );
    const reported = parts(element)[0][1];
    expect(reported).to.include('dash-cam-wales');
    expect(reported).not.to.include('dash-cam');
    expect(reported.indexOf('dash-cam-wales')).to.equal(reported.indexOf('found-property') + 1);
  });

  it('speaks Welsh', async () => {
    const element = await list(html`<soh-service-list force="gwent" lang="cy"></soh-service-list>`);
    expect(element.shadowRoot!.textContent)
      .to.contain('Gwasanaethau ar-lein')
      .and.to.contain('Gwneud cais, cofrestru neu ofyn')
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

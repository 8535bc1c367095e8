import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/widgets/service-list/soh-service-list.js';
import type {SohServiceList} from '../../../src/widgets/service-list/service-list.js';
import {settled, shadowText} from '../../helpers/fixtures.js';
import {servicesOffered} from '../../../src/forces/service-offers.js';
import {serviceCatalogue} from '../../../src/generated/service-catalogue.js';

/** How many services Essex offers: its full set and the opt-in it switched on. */
const offered = servicesOffered('essex', serviceCatalogue).length;

// href-template makes every link of the list: only http(s) addresses become links.

async function listWith(template: string): Promise<{element: SohServiceList; errors: string[]}> {
  const errors: string[] = [];
  const error = console.error;
  console.error = (...args: unknown[]) => errors.push(args.join(' '));
  try {
    const element = await fixture<SohServiceList>(
      html`<soh-service-list force="essex" href-template=${template}></soh-service-list>`,
    );
    await settled(element);
    element.requestUpdate();
    await settled(element);
    return {element, errors};
  } finally {
    console.error = error;
  }
}

describe('<soh-service-list href-template>', () => {
  it('has a list to link: Essex offers more than the core services', () => {
    expect(offered).to.be.greaterThan(15);
  });

  for (const template of [
    'javascript:alert("{service}")',
    'data:text/html,<script>alert("{service}")</script>',
    '{service}:alert(1)',
  ]) {
    it(`links nowhere with ${template}, still lists the services, and tells the developer once`, async () => {
      const {element, errors} = await listWith(template);
      expect(element.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      expect(element.shadowRoot!.querySelectorAll('li')).to.have.length(offered);
      expect(shadowText(element)).to.contain('Report a crime').and.to.contain('In an emergency, call 999.');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<soh-service-list> href-template').and.to.contain('is not an http(s) address');
      await expect(element).to.be.accessible();
    });
  }

  it('links every service with an http(s) template, relative or absolute', async () => {
    for (const [template, first] of [
      ['https://force.example/report/{service}', 'https://force.example/report/crime'],
      ['?service={service}', '?service=crime'],
    ]) {
      const {element, errors} = await listWith(template);
      expect(element.shadowRoot!.querySelectorAll('a')).to.have.length(offered);
      expect(element.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(first);
      expect(errors).to.deep.equal([]);
    }
  });

  it("links in the list's own language: {lang}, and a Welsh template where the force's Welsh pages have their own", async () => {
    const first = async (markup: ReturnType<typeof html>) => {
      const wrapper = await fixture(markup);
      const element = wrapper.querySelector<SohServiceList>('soh-service-list')!;
      await settled(element);
      await settled(element);
      return element.shadowRoot!.querySelector('a')!.getAttribute('href');
    };
    const template = '?service={service}&lang={lang}';
    expect(
      await first(
        html`<div lang="en"><soh-service-list force="essex" href-template=${template}></soh-service-list></div>`,
      ),
    ).to.equal('?service=crime&lang=en');
    expect(
      await first(
        html`<div lang="cy"><soh-service-list force="essex" href-template=${template}></soh-service-list></div>`,
      ),
    ).to.equal('?service=crime&lang=cy');
    const both = (lang: string) =>
      html`<div lang=${lang}>
        <soh-service-list
          force="essex"
          href-template="/report/{service}"
          href-template-cy="/cy/rhoi-gwybod/{service}"
        ></soh-service-list>
      </div>`;
    expect(await first(both('cy'))).to.equal('/cy/rhoi-gwybod/crime');
    expect(await first(both('en'))).to.equal('/report/crime');
  });
});

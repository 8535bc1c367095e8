import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg as hostMsg} from '@lit/localize';
import '../../src/widgets/exit-page/soh-exit-page.js';
import {findLanguage} from '../../src/core/localize/find-language.js';
import {matchLocale} from '../../src/core/localize/locales.js';
import {pluralCategory} from '../../src/core/localize/plural.js';
import {pseudoLocalize} from '../../src/core/localize/pseudo-locale.js';
import {settled, shadowText} from '../helpers/fixtures.js';

/** A Welsh and an English <soh-exit-page> side by side, rendered. */
async function welshBesideEnglish(): Promise<[Element, Element]> {
  const wrapper = await fixture<HTMLElement>(
    html`<div><soh-exit-page lang="cy" id="cy"></soh-exit-page><soh-exit-page lang="en" id="en"></soh-exit-page></div>`,
  );
  const pair: [Element, Element] = [wrapper.querySelector('#cy')!, wrapper.querySelector('#en')!];
  for (const element of pair) await settled(element as never);
  return pair;
}

describe('language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('maps the tags a page may carry to the languages we speak', () => {
    expect(['cy', 'CY-gb', 'en', 'en-GB', 'fr', '', 'en-XA'].map(matchLocale)).to.deep.equal([
      'cy',
      'cy',
      'en',
      'en',
      'en',
      'en',
      'en-XA',
    ]);
  });

  it("is the nearest ancestor's, across shadow roots", async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="cy"><div id="host"></div></section>`);
    const shadow = outer.querySelector('#host')!.attachShadow({mode: 'open'});
    shadow.innerHTML = '<p><span id="inner"></span></p>';
    expect(findLanguage(shadow.querySelector('#inner')!)).to.equal('cy');
    shadow.querySelector('p')!.setAttribute('lang', 'en');
    expect(findLanguage(shadow.querySelector('#inner')!)).to.equal('en');
  });

  it("falls back to the document's language", async () => {
    document.documentElement.setAttribute('lang', 'cy');
    const element = await fixture(html`<soh-exit-page></soh-exit-page>`);
    await settled(element as never);
    expect(shadowText(element)).to.contain('Gadael y dudalen');
  });

  it('follows a change of language on the page while the element is open', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><soh-exit-page></soh-exit-page></div>`);
    const element = wrapper.querySelector('soh-exit-page')!;
    await settled(element);
    expect(shadowText(element)).to.contain('Exit this page');
    wrapper.setAttribute('lang', 'cy');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(element);
    expect(shadowText(element)).to.contain('Gadael y dudalen');
  });

  it('lets two elements on one page speak two languages', async () => {
    const [welsh, english] = await welshBesideEnglish();
    expect(shadowText(welsh)).to.contain('Gadael y dudalen');
    expect(shadowText(english)).to.contain('Exit this page');
  });

  it('uses the six Welsh plural categories through Intl.PluralRules', () => {
    expect([0, 1, 2, 3, 6, 4].map((count) => pluralCategory('cy', count))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect([1, 2].map((count) => pluralCategory('en', count))).to.deep.equal(['one', 'other']);
  });

  it('makes a pseudo-locale about a third longer, accented, in brackets', () => {
    const text = 'Exit this page';
    const pseudo = pseudoLocalize(text);
    expect(pseudo.startsWith('[Éẋîţ')).to.equal(true);
    expect(pseudo.endsWith(']')).to.equal(true);
    expect(pseudo.length).to.be.at.least(Math.ceil(text.length * 1.33));
  });

  it('shows no untranslated text in the pseudo-locale', async () => {
    const element = await fixture(html`<soh-exit-page lang="en-XA"></soh-exit-page>`);
    await settled(element as never);
    // Any run of plain ASCII letters never went through msg().
    const words = shadowText(element).match(/[A-Za-z]{2,}/g) ?? [];
    expect(words).to.deep.equal([]);
    expect(shadowText(element)).to.contain('Éẋîţ');
  });
});

describe('a host page that uses @lit/localize itself', () => {
  it('keeps its own localisation, and ours still works', async () => {
    // The host configures @lit/localize (once per page) and sets its own locale.
    const {setLocale, getLocale} = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({templates: {'host.greeting': 'Bonjour'}}),
    });
    await setLocale('fr');
    expect(getLocale()).to.equal('fr');
    expect(hostMsg('Hello', {id: 'host.greeting'})).to.equal('Bonjour');
    const [welsh, english] = await welshBesideEnglish();
    expect(shadowText(welsh)).to.contain('Gadael y dudalen');
    expect(shadowText(english)).to.contain('Exit this page');
    expect(hostMsg('Hello', {id: 'host.greeting'})).to.equal('Bonjour');
  });
});

import {expect, fixture, html} from '@open-wc/testing';
import '../../src/core/config/soh-config.js';
import '../../src/widgets/exit-page/soh-exit-page.js';
import {parseEndpoint, resolveConfig} from '../../src/core/config/resolve-config.js';
import {findForce} from '../../src/forces/forces.js';
import {ConfigProbe} from '../helpers/config-probe.js';
import {settled, shadowText, until} from '../helpers/fixtures.js';

async function probeIn(markup: ReturnType<typeof html>): Promise<ConfigProbe> {
  const wrapper = await fixture(markup);
  const probe = (wrapper instanceof ConfigProbe ? wrapper : wrapper.querySelector('test-config-probe')) as ConfigProbe;
  await settled(probe);
  return probe;
}

function captureConsole(method: 'error' | 'warn'): {messages: string[]; restore: () => void} {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return {messages, restore: () => (console[method] = original)};
}

describe('configuration', () => {
  it('comes from a wrapping <soh-config>', async () => {
    const probe = await probeIn(
      html`<soh-config force="essex" endpoint="https://sih.essex.example/api"
        ><test-config-probe></test-config-probe
      ></soh-config>`,
    );
    expect(probe.resolved().force?.nationalCode).to.equal('42');
    expect(probe.resolved().endpoint?.href).to.equal('https://sih.essex.example/api/');
  });

  it("lets an element's own attributes win", async () => {
    const probe = await probeIn(
      html`<soh-config force="essex" endpoint="https://sih.essex.example/"
        ><test-config-probe force="kent"></test-config-probe
      ></soh-config>`,
    );
    expect(probe.resolved().force?.id).to.equal('kent');
    expect(probe.resolved().endpoint?.host).to.equal('sih.essex.example');
  });

  it('merges nested <soh-config> elements, the inner winning', async () => {
    const probe = await probeIn(
      html`<soh-config endpoint="https://national.example/"
        ><soh-config force="btp"><test-config-probe></test-config-probe></soh-config
      ></soh-config>`,
    );
    expect(probe.resolved().force?.id).to.equal('btp');
    expect(probe.resolved().endpoint?.host).to.equal('national.example');
  });

  it('follows a change of force on the <soh-config>', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<soh-config force="essex" endpoint="https://e.example/"
        ><test-config-probe></test-config-probe
      ></soh-config>`,
    );
    const probe = wrapper.querySelector<ConfigProbe>('test-config-probe')!;
    wrapper.setAttribute('force', 'gwent');
    await settled(wrapper as never);
    await settled(probe);
    expect(probe.resolved().force?.id).to.equal('gwent');
  });

  it('shows a plain message, and explains in the console, when the force is missing', async () => {
    const errors = captureConsole('error');
    try {
      const probe = await probeIn(html`<test-config-probe endpoint="https://e.example/"></test-config-probe>`);
      expect(shadowText(probe)).to.contain('The website has not said which police force this is for.');
      expect(shadowText(probe)).to.contain('call 101');
      expect(errors.messages.join('\n')).to.contain('needs a force');
      await expect(probe).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('names an unknown force and a bad endpoint in the console', async () => {
    const errors = captureConsole('error');
    try {
      const probe = await probeIn(
        html`<test-config-probe force="atlantis" endpoint="ftp://e.example/"></test-config-probe>`,
      );
      expect(shadowText(probe)).to.contain('This service is not available here');
      const logged = errors.messages.join('\n');
      expect(logged).to.contain('"atlantis" is not a force we know');
      expect(logged).to.contain('endpoint "ftp://e.example/" is not a usable URL');
    } finally {
      errors.restore();
    }
  });

  it('warns of an unknown force on an element that never loads the table of forces', async () => {
    const warnings = captureConsole('warn');
    try {
      const exitPage = await fixture(html`<soh-exit-page force="atlantis"></soh-exit-page>`);
      await settled(exitPage as never);
      await until(() => warnings.messages.some((message) => message.includes('"atlantis" is not a force we know')));
      expect(warnings.messages.join('\n')).to.contain('<soh-exit-page>');
    } finally {
      warnings.restore();
    }
  });

  it('explains the problem in Welsh on a Welsh page', async () => {
    const errors = captureConsole('error');
    try {
      const wrapper = await fixture(html`<div lang="cy"><test-config-probe></test-config-probe></div>`);
      const probe = wrapper.querySelector<ConfigProbe>('test-config-probe')!;
      await settled(probe);
      expect(shadowText(probe)).to.contain('Nid yw’r gwasanaeth hwn ar gael yma');
    } finally {
      errors.restore();
    }
  });

  it('accepts https, http only on this machine, and relative endpoints', () => {
    const base = 'https://www.essex.police.uk/report/';
    expect(parseEndpoint('https://sih.example/v1', base)?.href).to.equal('https://sih.example/v1/');
    expect(parseEndpoint('/sih', base)?.href).to.equal('https://www.essex.police.uk/sih/');
    expect(parseEndpoint('http://localhost:8080', base)?.href).to.equal('http://localhost:8080/');
    expect(parseEndpoint('http://sih.example/', base)).to.equal(undefined);
    expect(parseEndpoint('javascript:alert(1)', base)).to.equal(undefined);
    expect(parseEndpoint('https://user:pass@sih.example/', base)).to.equal(undefined);
  });

  it('only blocks for what an element needs; the rest is a warning', () => {
    const resolved = resolveConfig({force: 'atlantis'}, undefined, [], 'https://x.example/', findForce);
    expect(resolved.blocking).to.deep.equal([]);
    expect(resolved.warnings).to.deep.equal([{kind: 'force-unknown', value: 'atlantis'}]);
  });
});

describe('<soh-config> language switch', () => {
  it('is shown for a force in Wales, starts in the page language, and switches the elements inside', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en">
        <soh-config force="south-wales"><soh-exit-page></soh-exit-page></soh-config>
      </div>`,
    );
    const config = wrapper.querySelector('soh-config')!;
    const exitPage = wrapper.querySelector('soh-exit-page')!;
    await settled(config);
    await settled(exitPage);
    const english = config.shadowRoot!.querySelector<HTMLButtonElement>('button[lang="en"]')!;
    const welsh = config.shadowRoot!.querySelector<HTMLButtonElement>('button[lang="cy"]')!;
    expect(english.getAttribute('aria-pressed')).to.equal('true');
    let chosen = '';
    config.addEventListener('soh-language-change', (event) => (chosen = event.detail.lang));
    welsh.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(exitPage);
    await settled(config);
    expect(chosen).to.equal('cy');
    expect(config.getAttribute('lang')).to.equal('cy');
    expect(shadowText(exitPage)).to.contain('Gadael y dudalen');
    expect(welsh.getAttribute('aria-pressed')).to.equal('true');
    await expect(config).to.be.accessible();
  });

  it('is not shown for a force in England unless asked for', async () => {
    const config = await fixture<HTMLElement>(html`<soh-config force="essex"></soh-config>`);
    await settled(config as never);
    expect(config.shadowRoot!.querySelector('[part="language-switch"]')).to.equal(null);
    config.setAttribute('language-switch', 'on');
    await settled(config as never);
    expect(config.shadowRoot!.querySelector('[part="language-switch"]')).not.to.equal(null);
  });
});

import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/widgets/exit-page/soh-exit-page.js';
import '../../../src/core/config/soh-config.js';
import type {SohExitPage} from '../../../src/widgets/exit-page/exit-page.js';
import {settled} from '../../helpers/fixtures.js';
import {narrowFrame} from '../../helpers/narrow-frame.js';

const exitPageModule = new URL('../../../src/widgets/exit-page/soh-exit-page.ts', import.meta.url);

function button(element: SohExitPage): HTMLButtonElement {
  return element.shadowRoot!.querySelector('button')!;
}

async function waitForStyle(read: () => string, expected: string): Promise<string> {
  for (let attempt = 0; attempt < 50 && read() !== expected; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return read();
}

describe('<soh-exit-page> on the page', () => {
  it('survives hostile host CSS', async () => {
    const hostile = document.createElement('style');
    hostile.textContent = `* { all: revert } button { display: none !important } html { font-size: 40px } div { color: white !important }`;
    document.head.append(hostile);
    try {
      const wrapper = await fixture(html`<div><soh-exit-page></soh-exit-page></div>`);
      const element = wrapper.querySelector('soh-exit-page')!;
      await settled(element);
      const control = button(element);
      const style = getComputedStyle(control);
      expect(style.display).not.to.equal('none');
      expect(control.getBoundingClientRect().height).to.be.at.least(44);
      expect(style.fontSize).to.equal('19px');
      expect(style.color).to.equal('rgb(255, 255, 255)');
      expect(style.backgroundColor).to.equal('rgb(212, 53, 28)');
    } finally {
      hostile.remove();
    }
  });

  it('takes its colours from the force theme, and lets the page adjust a token', async () => {
    const wrapper = await fixture(html`<soh-config force="essex"><soh-exit-page></soh-exit-page></soh-config>`);
    const element = wrapper.querySelector('soh-exit-page')!;
    await settled(element);
    // Essex's theme keeps the warning red; the page may set a component token of its own.
    element.style.setProperty('--soh-exit-page-background', '#8a1c0b');
    const background = await waitForStyle(() => getComputedStyle(button(element)).backgroundColor, 'rgb(138, 28, 11)');
    expect(background).to.equal('rgb(138, 28, 11)');
    expect(element.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(1);
  });

  it('reflows at 320 px wide: the control spans the width, nothing scrolls sideways', async () => {
    const frame = await narrowFrame({width: 320, height: 640}, [exitPageModule], '<soh-exit-page></soh-exit-page>');
    try {
      await frame.window.customElements.whenDefined('soh-exit-page');
      const element = frame.document.querySelector<SohExitPage>('soh-exit-page')!;
      await settled(element);
      const control = button(element).getBoundingClientRect();
      expect(control.width).to.be.closeTo(element.getBoundingClientRect().width, 1);
      expect(element.getBoundingClientRect().width).to.be.closeTo(320, 1);
      expect(frame.sidewaysOverflow()).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});

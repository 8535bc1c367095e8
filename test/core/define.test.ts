import {expect} from '@open-wc/testing';
import {defineElement} from '../../src/core/define.js';
import {SohEvent} from '../../src/core/events.js';
import {SohExitPage} from '../../src/widgets/exit-page/exit-page.js';
import '../../src/widgets/exit-page/soh-exit-page.js';

describe('registration', () => {
  it('warns instead of throwing when a tag is registered twice, keeping the first', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class SecondCopy extends SohExitPage {}
      expect(() => defineElement('soh-exit-page', SecondCopy)).not.to.throw();
      expect(customElements.get('soh-exit-page')).to.equal(SohExitPage);
      expect(warnings.join()).to.contain('<soh-exit-page> is already registered');
    } finally {
      console.warn = original;
    }
  });

  it('says nothing when the same class is registered again', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('soh-exit-page', SohExitPage);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
  });
});

describe('events', () => {
  it('bubble out of shadow roots, carrying a typed detail', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({mode: 'open'});
    const inner = document.createElement('span');
    shadow.append(inner);
    document.body.append(host);
    let received: SohEvent<{n: number}> | undefined;
    document.body.addEventListener('soh-test', (event) => (received = event as SohEvent<{n: number}>), {once: true});
    inner.dispatchEvent(new SohEvent('soh-test', {n: 1}));
    host.remove();
    expect(received?.detail).to.deep.equal({n: 1});
  });
});

import {expect} from '@open-wc/testing';
import {adoptForceTheme} from '../../src/themes/adopt-force-theme.js';

// A look-up keyed by what a page writes in an attribute (its force) finds
// only what the library defines, never what every object inherits.
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

describe('the force theme look-up', () => {
  for (const name of INHERITED) {
    it(`finds no force theme for "${name}"`, async () => {
      const host = document.createElement('div');
      const root = host.attachShadow({mode: 'open'});
      expect(await adoptForceTheme(root, name)).to.equal(false);
      expect(root.adoptedStyleSheets).to.deep.equal([]);
    });
  }

  it('still finds the forces themselves', async () => {
    const root = document.createElement('div').attachShadow({mode: 'open'});
    expect(await adoptForceTheme(root, 'essex')).to.equal(true);
  });
});

import {expect} from '@open-wc/testing';
import {workerUrl} from '../../../src/fields/media-upload/worker-url.js';

// The Trusted Types policy vouches for one kind of script only: a hashing worker on the page's own origin.
describe('workerUrl', () => {
  const here = (path: string) => new URL(path, location.href);

  it('vouches for a hashing worker on the page’s origin, by its file name', () => {
    for (const path of ['/dist/hash-worker.js', '/assets/soh/hash-worker-3f2a1b.js'])
      expect(String(workerUrl(here(path)))).to.equal(here(path).href);
  });

  it('refuses a script whose name only ends like one, and any script on another origin', () => {
    for (const address of [
      here('/files/x-hash-worker.js'),
      here('/upload/evil.js?hash-worker.js'),
      new URL('https://cdn.example/hash-worker.js'),
    ])
      expect(() => workerUrl(address), address.href).to.throw(TypeError);
  });
});

import {expect} from '@open-wc/testing';
import {httpAddress, webAddress} from '../../src/core/safe-url.js';

// The one check every address an element links to or leaves for goes through.

/** Runs `action` and returns what it wrote with console.error. */
function consoleErrors(action: () => void): string[] {
  const said: string[] = [];
  const error = console.error;
  console.error = (...args: unknown[]) => said.push(args.join(' '));
  try {
    action();
  } finally {
    console.error = error;
  }
  return said;
}

describe('addresses an element may use', () => {
  it('takes http and https, and resolves a relative one against the page', () => {
    expect(httpAddress('https://force.example/follow')!.href).to.equal('https://force.example/follow');
    expect(httpAddress('http://localhost:8080/')!.href).to.equal('http://localhost:8080/');
    expect(httpAddress('/follow.html?x=1')!.href).to.equal(new URL('/follow.html?x=1', document.baseURI).href);
    expect(httpAddress('HTTPS://FORCE.EXAMPLE/')!.protocol).to.equal('https:');
  });

  it('refuses script, data and every other scheme, however it is written', () => {
    for (const address of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'javascript://force.example/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'blob:https://force.example/0f6a',
      'file:///etc/passwd',
      'ftp://force.example/',
      'https://',
    ])
      expect(httpAddress(address), address).to.equal(undefined);
  });

  it('tells the developer what it refused, and where it came from', () => {
    let result: URL | undefined;
    const said = consoleErrors(() => (result = webAddress('javascript:alert(1)', '<soh-test> some-url')));
    expect(result).to.equal(undefined);
    expect(said).to.deep.equal([
      '[soh-elements] <soh-test> some-url: "javascript:alert(1)" is not an http(s) address, so it is not used.',
    ]);
    expect(consoleErrors(() => webAddress('https://force.example/', '<soh-test> some-url'))).to.deep.equal([]);
  });
});

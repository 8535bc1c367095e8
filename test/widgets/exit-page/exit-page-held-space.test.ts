import {expect} from '@open-wc/testing';
import {hostPageStyles} from '../../../src/host-page-styles.js';
import {until} from '../../helpers/fixtures.js';

const exitPageModule = new URL('../../../src/widgets/exit-page/soh-exit-page.ts', import.meta.url);

/**
 * A page `width` px wide holding the host page's style sheet, the exit control (its code not loaded yet) and a
 * paragraph after it: where the paragraph starts before the code arrives, and after the control has appeared.
 */
async function paragraphTop(width: number, lang: string): Promise<{before: number; after: number}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 400px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body style="margin: 0">
    <soh-exit-page></soh-exit-page><p id="after">Report it online</p></body></html>`;
  document.body.append(frame);
  await loaded;
  try {
    const page = frame.contentDocument!;
    const sheet = new (frame.contentWindow as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(hostPageStyles);
    page.adoptedStyleSheets = [sheet];
    const paragraph = page.getElementById('after')!;
    const before = paragraph.getBoundingClientRect().top;
    const script = page.createElement('script');
    script.type = 'module';
    script.src = exitPageModule.href;
    page.head.append(script);
    const control = () => page.querySelector('soh-exit-page')!.shadowRoot?.querySelector('button');
    await until(() => control()?.textContent?.trim());
    return {before, after: paragraph.getBoundingClientRect().top};
  } finally {
    frame.remove();
  }
}

describe('the host page style sheet (dist/soh-elements.css) and <soh-exit-page>', () => {
  for (const [width, lang] of [
    [800, 'en'],
    [320, 'en'],
    [320, 'cy'],
  ] as const) {
    it(`holds the control's place before its code arrives, so nothing after it moves (${width} px, ${lang})`, async () => {
      const {before, after} = await paragraphTop(width, lang);
      expect(before, 'space held before the code arrives').to.be.greaterThan(44);
      expect(after).to.be.closeTo(before, 0.5);
    });
  }
});

/**
 * A page of its own, exactly `width` CSS pixels wide, inside the test page: where reflow at 320 px is checked in
 * every engine. A frame's viewport is its own (its media queries answer to its width), and WebKit's test browser
 * (MiniBrowser) will not size its window below about 447 px, so resizing the window cannot reach 320 there.
 *
 * The frame loads the element modules itself, so its elements are defined in its own registry and styled by
 * its own constructed style sheets, as they would be on a page that narrow.
 */
export interface NarrowFrame {
  document: Document;
  window: Window;
  /** How far the frame's page scrolls sideways beyond what it shows (0 when it reflows). */
  sidewaysOverflow(): number;
  remove(): void;
}

/** Opens the frame with `modules` (URLs of the TypeScript sources, which the test server compiles: `new URL(..., import.meta.url)`) loaded and `body` as its markup. */
export async function narrowFrame(
  size: {width: number; height: number},
  modules: URL[],
  body: string,
  lang = 'en',
): Promise<NarrowFrame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${size.width}px; height: ${size.height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body style="margin: 0">${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const frameDocument = frame.contentDocument!;
  for (const module of modules) {
    const script = frameDocument.createElement('script');
    script.type = 'module';
    script.src = module.href;
    const ran = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, {once: true});
      script.addEventListener('error', () => reject(new Error(`The frame could not load ${module.href}`)), {
        once: true,
      });
    });
    frameDocument.head.append(script);
    await ran;
  }
  const frameWindow = frame.contentWindow!;
  return {
    document: frameDocument,
    window: frameWindow,
    sidewaysOverflow: () => frameDocument.documentElement.scrollWidth - frameDocument.documentElement.clientWidth,
    remove: () => frame.remove(),
  };
}

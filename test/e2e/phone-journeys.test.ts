import {describe, expect, it} from 'vitest';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';
import {phoneScreens, type TouchPage} from './engines/engine-page.js';
import {inEachPhoneEngine} from './engines/engines.js';
import {Finger} from './finger.js';
import {useSandbox} from './harness.js';
import {
  catalogueJourneys,
  confirmedReference,
  journeys,
  openService,
  storedDocument,
  words,
  type Language,
} from './service-journeys.js';

// Every service on the demo force site by touch on a phone, to the real sandbox over HTTP: in English on an
// iPhone SE's screen (375×667), in Welsh (longer words) at the narrowest reflow WCAG asks for (320 px), in each
// engine that can be a phone (engines.ts says why WebKit cannot here; its 320 px checks are the component
// tests' narrow frames). On every page, nothing is wider than the screen: no sideways scrolling, nothing cut off.
// The services written as data use the same fields as the rest, so they are touched only where their words are
// likeliest to overflow, Welsh at 320 px: the iPhone SE pass for them would add about five minutes on two cores
// for what the 320 px pass already shows.
const harness = useSandbox();
let page: TouchPage;
let finger: Finger;

/**
 * Runs in the page: whatever sticks out past the screen's sides, through shadow roots (WCAG 1.4.10: content
 * reflows into one column at 320 px, with no scrolling sideways). Hidden text for screen readers is one pixel and
 * clipped, so it is not counted.
 */
function sticksOut(): string[] {
  const width = document.documentElement.clientWidth;
  const found: string[] = [];
  if (document.documentElement.scrollWidth > width)
    found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${width}`);
  // A tree walker, not `children`: a form's controls clobber its properties (a question named "children").
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      const box = element.getBoundingClientRect();
      const seen = box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden';
      if (seen && (box.right > width + 0.5 || box.left < -0.5))
        found.push(
          `<${element.localName} class="${element.getAttribute('class') ?? ''}"> from ${Math.round(box.left)} to ${Math.round(box.right)} px: "${(element.textContent ?? '').trim().slice(0, 40)}"`,
        );
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document.body);
  return found;
}

async function expectNothingSticksOut(where: string): Promise<void> {
  expect(await page.evaluate(sticksOut), where).toEqual([]);
}

/** The page's heading now, to say which page stuck out. */
const heading = () =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return (active?.textContent ?? '').trim().slice(0, 60);
  });

for (const [screen, language] of [
  [phoneScreens.iPhoneSE, 'en'],
  [phoneScreens.narrowest, 'cy'],
] as const satisfies ReadonlyArray<readonly [unknown, Language]>) {
  inEachPhoneEngine(
    screen,
    (opened) => {
      page = opened;
      finger = new Finger(opened);
    },
    () => {
      for (const journey of language === 'en' ? journeys.filter((one) => !catalogueJourneys.includes(one)) : journeys) {
        describe(`${journey.service} on the demo site`, () => {
          it(`is done by touch in ${language === 'en' ? 'English' : 'Welsh'}, nothing wider than the screen`, async () => {
            const say = words[language];
            await openService(page, harness.origin, journey.service, language, journey.from);
            await expectNothingSticksOut('the first page, before anything is touched');
            const next = async () => {
              await expectNothingSticksOut(await heading());
              await finger.nextPage(say.continue);
            };
            await journey.fill(finger, next, page);
            await expectNothingSticksOut('the check page');
            await finger.pressButton(say[journey.sends ?? 'report']);
            const stored = await storedDocument(harness.app, journey.category, await confirmedReference(page));
            await expectNothingSticksOut('the confirmation');
            expect(sdmBreaches(stored, sdmModel)).toEqual([]);
            expect(stored.data.attributes).toMatchObject(journey.expected);
          });
        });
      }
    },
  );
}

/**
 * The visual tests' browser side: every story of stories/ composed with the project's annotations
 * (.storybook/preview.ts: the <soh-config> decorator, its force and language globals), rendered into a canvas of a
 * fixed width, left to settle, and compared with its baseline by Vitest's `toMatchScreenshot`.
 */
import {setProjectAnnotations, type Meta} from '@storybook/web-components-vite';
import {composeStories, composeStory} from 'storybook/preview-api';
import {expect} from 'vitest';
import {commands, page} from 'vitest/browser';
import preview from '../../.storybook/preview.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Playwright's forced-colours emulation (test/visual/visual-project.ts). */
    emulateForcedColours: (active: boolean) => Promise<void>;
  }
}

// The project's annotations, but for pixels only: the check that a story's recorded endpoint responses are up to date
// (afterEach) is the story tests' (the storybook project), not a reason for a screenshot to fail.
const annotations = setProjectAnnotations({...preview, afterEach: undefined});

type StoryModule = Record<string, unknown> & {default: Meta};
const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.ts', {eager: true});

/** What a story is rendered with: Storybook's toolbar globals (force, locale). */
export interface Globals {
  force?: string;
  locale?: string;
}

export interface StoryEntry {
  /** Storybook's id, `fields-text-field--error-empty`: the screenshot's name. */
  id: string;
  /** The stories file, relative to the repository. */
  file: string;
  run: (canvasElement: HTMLElement) => Promise<void>;
}

/** Every story of every stories file, in file order, composed with `globals`. */
export function allStories(globals: Globals = {}): StoryEntry[] {
  const entries: StoryEntry[] = [];
  for (const [file, module] of Object.entries(modules).sort(([one], [other]) => one.localeCompare(other))) {
    const composed = composeStories(module, {initialGlobals: {...globals}}, (story, meta, project, exportName) =>
      composeStory(story, meta, project, annotations, exportName),
    );
    for (const story of Object.values(composed) as ReturnType<typeof composeStory>[])
      entries.push({
        id: story.id,
        file: file.replace(/^(\.\.\/)+/, ''),
        run: (canvasElement) => story.run({canvasElement}),
      });
  }
  return entries;
}

/** The stories with these ids, in this order (a missing id fails: a renamed story must be renamed here too). */
export function storiesById(ids: readonly string[], globals: Globals = {}): StoryEntry[] {
  const all = new Map(allStories(globals).map((entry) => [entry.id, entry]));
  return ids.map((id) => {
    const entry = all.get(id);
    if (!entry) throw new Error(`No story ${id} in stories/: update test/visual/representatives.ts.`);
    return entry;
  });
}

// Still pixels: no caret, and the page's own margin gone (the canvas has its own).
const pageStyle = document.createElement('style');
pageStyle.textContent = 'html, body { margin: 0; background: #fff; caret-color: transparent; }';
document.head.append(pageStyle);

/** Every element under `root`, through open shadow roots. */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Until every Lit element under `root` has rendered (rendering can add elements, so in rounds), and fonts loaded. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const updating = [...deepElements(root)]
      .map((element) => (element as Partial<{updateComplete: Promise<boolean>}>).updateComplete)
      .filter((update): update is Promise<boolean> => update instanceof Promise);
    const done = await Promise.all(updating);
    await document.fonts.ready;
    await frame();
    if (done.every(Boolean)) break;
  }
  await frame();
}

/**
 * What the sandbox makes new each time, replaced by a fixed stand-in of the same kind before the screenshot: a
 * reference or access code (`9W6T-ABE9`, `9W6T-ABE9-TX4M`, drawn at random), an id (a UUID) or an instant
 * (`2026-12-03T22:41:07Z`, as a document being sent states them) and the text of a `<time>` (when a message or status was written). The
 * text node's data changes, not Lit's template, so the element is not disturbed.
 */
const reference = /\b[0-9A-Z]{4}(?:-[0-9A-Z]{4})+\b/g;
const uuid = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;
const instant = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?/g;

function maskVolatile(root: Element): void {
  for (const element of [root, ...deepElements(root)]) {
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const text = node as Text;
      if (element.localName === 'time' && text.data.trim()) text.data = '1 Jan 2026, 09:00';
      else {
        // Ids and instants first: a UUID's groups of digits would pass for a reference's.
        const fixed = text.data
          .replace(uuid, '00000000-0000-4000-8000-000000000000')
          .replace(instant, '2026-01-01T09:00:00Z')
          .replace(reference, (found) =>
            found
              .split('-')
              .map((_, index) => ['ABCD', '2345', 'WXYZ'][index % 3])
              .join('-'),
          );
        if (fixed !== text.data) text.data = fixed;
      }
    }
  }
}

/** Every text under `root`, through shadow roots: what changes when a late answer from the endpoint is shown. */
function deepText(root: Element): string {
  return [root, ...deepElements(root)]
    .flatMap((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE))
    .map((node) => (node as Text).data)
    .join('|');
}

/** Until the text has not changed for 300 ms (at most 5 s): a story may show what the endpoint answers after its play. */
async function quiet(root: Element): Promise<void> {
  let before = deepText(root);
  for (let waited = 0; waited < 5000; waited += 150) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    await settle(root);
    const now = deepText(root);
    if (now === before && waited >= 150) return;
    before = now;
  }
}

let canvas: HTMLElement | undefined;

/** The tallest story's height: the page holding the test frame is this tall (visual-project.ts), so it is never scaled. */
const maxHeight = 6000;

export interface CaptureOptions {
  /** The viewport's and the canvas's width in CSS pixels (800 unless said). */
  width?: number;
  /** In forced-colours mode (Windows' high contrast), emulated. */
  forcedColours?: boolean;
}

/**
 * Renders the story into a fresh canvas `width` px wide (8 px of white around it, so focus outlines show), and
 * compares the canvas with the baseline `name`.
 */
export async function capture(entry: StoryEntry, name: string, options: CaptureOptions = {}): Promise<void> {
  const width = options.width ?? 800;
  await page.viewport(width, 900);
  if (options.forcedColours) await commands.emulateForcedColours(true);
  try {
    canvas?.remove();
    // Each story from a clean tab: no draft, no unfinished upload left by the story before.
    sessionStorage.clear();
    localStorage.clear();
    canvas = document.createElement('div');
    canvas.dataset.story = entry.id;
    canvas.style.cssText = `box-sizing: border-box; width: ${width}px; padding: 8px; display: flow-root;`;
    document.body.append(canvas);
    await entry.run(canvas);
    await settle(canvas);
    // The frame as tall as the story (a screenshot stops at the frame's edge), then settled again at that height.
    const fit = () => Math.min(Math.max(Math.ceil(canvas!.getBoundingClientRect().height), 200), maxHeight);
    for (let tries = 0; tries < 3 && fit() !== innerHeight; tries++) {
      await page.viewport(width, fit());
      await settle(canvas);
    }
    await quiet(canvas);
    maskVolatile(canvas);
    await expect.element(page.elementLocator(canvas)).toMatchScreenshot(name);
  } finally {
    if (options.forcedColours) await commands.emulateForcedColours(false);
  }
}

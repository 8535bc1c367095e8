/**
 * The demo's kitchen sink (issue 22's whole demo page: every element on one
 * page, the site's heaviest; the force site's home page holds no form, so has
 * no first question to time) as a person's first visit, in headless
 * Chromium against the sandbox: a fresh browser context each time (nothing
 * cached), medians of {@link RUNS}. Beside it, the same page as static HTML
 * only: each element's rendered markup written into the page as declarative
 * shadow DOM, its styles as linked style sheets, and no script at all. That
 * is what the page could be at best; the gap is what the elements cost.
 *
 * - bytes: every response's body compressed with gzip -9, as a server or CDN
 *   that compresses would send it (the sandbox sends it uncompressed);
 * - requests: every request the page makes until the network is quiet;
 * - first question: navigation start → the report form's first radio in the
 *   page (checked on every animation frame);
 * - longest main-thread task, and the cumulative layout shift (the layout
 *   shift entries not caused by input) until the network is quiet.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright';
import {root} from './tokens.js';

const RUNS = 10;

/** The page measured: the kitchen sink, at its own address since the demo became a force's site (issue 23). */
const DEMO_PAGE = '/kitchen-sink.html';

/** The report form's first question: a radio of the emergency question, in the form's own field. */
const FIRST_QUESTION = ['soh-report-form', 'soh-yes-no', 'input[type="radio"]'];

export interface PageVisit {
  bytes: number;
  requests: number;
  firstQuestionMs: number;
  longestTaskMs: number;
  layoutShift: number;
}

export interface DemoPageMeasures {
  demo: PageVisit;
  staticHtml: PageVisit;
}

/** Watches from the first byte of the document: long tasks, layout shifts, and when the first question appears. */
const WATCH = `
  globalThis.__name = (fn) => fn;
  globalThis.__visit = {firstQuestionMs: -1, longestTaskMs: 0, layoutShift: 0};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) __visit.longestTaskMs = Math.max(__visit.longestTaskMs, entry.duration);
  }).observe({type: 'longtask', buffered: true});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) __visit.layoutShift += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  const deep = (path) => {
    let scope = document;
    let found = null;
    for (const selector of path) {
      found = scope?.querySelector(selector) ?? null;
      scope = found?.shadowRoot ?? null;
    }
    return found;
  };
  const check = () => {
    if (deep(${JSON.stringify(FIRST_QUESTION)})) __visit.firstQuestionMs = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
`;

/** One first visit: a fresh context, every response counted, until the network is quiet and a moment more. */
async function visit(browser: Browser, url: string): Promise<PageVisit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  let requests = 0;
  const bodies: Promise<number>[] = [];
  page.on('request', () => requests++);
  page.on('response', (response) =>
    bodies.push(
      response.body().then(
        (body) => gzipSync(body, {level: 9}).length,
        () => 0,
      ),
    ),
  );
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForFunction('__visit.firstQuestionMs >= 0');
  await page.waitForTimeout(500);
  const watched = await page.evaluate(
    () => (globalThis as unknown as {__visit: Omit<PageVisit, 'bytes' | 'requests'>}).__visit,
  );
  const sizes = await Promise.all(bodies);
  await context.close();
  return {...watched, requests, bytes: sizes.reduce((sum, size) => sum + size, 0)};
}

/**
 * The demo page as static HTML: rendered once, then each shadow root written as declarative shadow DOM with its
 * adopted style sheets as linked files (the page's policy allows no inline style), scripts removed. Written to
 * dist/bench/static-demo/ so that the sandbox serves it from the same origin as the demo.
 */
async function writeStaticDemo(browser: Browser, origin: string): Promise<string> {
  const page = await browser.newPage();
  await page.addInitScript(WATCH);
  await page.goto(`${origin}${DEMO_PAGE}`, {waitUntil: 'networkidle'});
  await page.waitForFunction('__visit.firstQuestionMs >= 0');
  const {html, sheets} = await page.evaluate(() => {
    const sheets: string[] = [];
    const roots: ShadowRoot[] = [];
    const collect = (scope: Document | ShadowRoot) => {
      for (const element of scope.querySelectorAll('*')) {
        if (!element.shadowRoot) continue;
        roots.push(element.shadowRoot);
        collect(element.shadowRoot);
      }
    };
    collect(document);
    for (const shadowRoot of roots) {
      const links = shadowRoot.adoptedStyleSheets.map((sheet) => {
        const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
        let index = sheets.indexOf(text);
        if (index < 0) index = sheets.push(text) - 1;
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = `sheet-${index}.css`;
        return link;
      });
      shadowRoot.prepend(...links);
    }
    for (const script of document.querySelectorAll('script, link[rel="modulepreload"]')) script.remove();
    return {html: document.documentElement.getHTML({shadowRoots: roots}), sheets};
  });
  await page.close();
  const folder = path.join(root, 'dist/bench/static-demo');
  mkdirSync(folder, {recursive: true});
  writeFileSync(path.join(folder, 'index.html'), `<!doctype html>\n<html lang="en">${html}</html>\n`);
  sheets.forEach((text, index) => writeFileSync(path.join(folder, `sheet-${index}.css`), text));
  return `${origin}/dist/bench/static-demo/index.html`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function measureVisits(browser: Browser, url: string): Promise<PageVisit> {
  const visits: PageVisit[] = [];
  for (let index = 0; index < RUNS; index++) visits.push(await visit(browser, url));
  return {
    bytes: median(visits.map((one) => one.bytes)),
    requests: median(visits.map((one) => one.requests)),
    firstQuestionMs: median(visits.map((one) => one.firstQuestionMs)),
    // The worst of the runs: a budget on the longest task and on layout shift holds for every visit.
    longestTaskMs: Math.max(...visits.map((one) => one.longestTaskMs)),
    layoutShift: Math.max(...visits.map((one) => one.layoutShift)),
  };
}

export async function measureDemoPage(browser: Browser, origin: string): Promise<DemoPageMeasures> {
  const staticUrl = await writeStaticDemo(browser, origin);
  return {
    demo: await measureVisits(browser, `${origin}${DEMO_PAGE}`),
    staticHtml: await measureVisits(browser, staticUrl),
  };
}

export const DEMO_PAGE_RUNS = RUNS;

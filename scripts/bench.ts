/**
 * `npm run bench`: what the issues' budgets ask, measured here, each beside
 * a baseline measured in the same run, in one table; also written to
 * bench/results.json. Run after `npm run build` (the script does).
 *
 * - Size (scripts/bundle-sizes.ts): gzip -9 and brotli of what a page loads
 *   for each entry (it and every chunk it imports statically; lazy chunks
 *   such as a service definition, Welsh or force themes are not counted), as
 *   one bundle, against Lit alone; the whole library also as the separate
 *   files the ESM build serves. Budgets are judged on the one-bundle figure
 *   (and checked by npm test, test/build/bundle-sizes.test.ts).
 * - The report form in headless Chromium, medians of 20 fresh pages, against
 *   a minimal Lit element doing the same: first page on screen; Continue with
 *   nothing answered → error summary; Continue with an answer → next page;
 *   and the longest main-thread task through all of it. The first page again
 *   for the same service as a definition document (`src`), fetched and checked
 *   first; what that page loads first, and the documents' own sizes.
 * - The upload's and the chat's figures (scripts/bench-upload.ts, bench-chat.ts).
 * - The whole demo page as a first visit, against the same page as static
 *   HTML (scripts/bench-demo-page.ts); and the single-file build against the
 *   split build's autoloader with one element.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Writable} from 'node:stream';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright';
import {buildSandbox} from '../demo/server/sandbox.js';
import {buildBenchElement, buildLitBaseline, entries, firstLoad, sizeBudgets, sizes} from './bundle-sizes.js';
import {measureUpload} from './bench-upload.js';
import {measureChat} from './bench-chat.js';
import {DEMO_PAGE_RUNS, measureDemoPage} from './bench-demo-page.js';
import {chromiumArgs, chromiumPath} from './engine-paths.mjs';
import {root} from './tokens.js';
import {TEST_SANDBOX_SETTINGS} from '../test/helpers/test-sandbox-settings.js';

const RUNS = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

interface Row {
  measure: string;
  value: number;
  unit: string;
  budget?: number;
  /** The budget is a floor (throughput), not a ceiling. */
  atLeast?: boolean;
  baseline: number;
}

const lit = await buildLitBaseline();
await buildBenchElement('baseline-journey', 'journey');
const rows: Row[] = [];
// Every entry, gzip and brotli as one bundle; the budgets the issues set (also checked by npm test).
for (const entry of entries()) {
  const measured = sizes(firstLoad(entry));
  const label = entry === 'index.js' ? 'whole library (index.js)' : entry;
  rows.push({measure: `${label}, first load: gzip`, value: measured.gzip, unit: 'B', baseline: lit.gzip});
  rows.push({measure: `${label}, first load: brotli`, value: measured.brotli, unit: 'B', baseline: lit.brotli});
}
const whole = sizes(firstLoad('index.js'));
rows.push({
  measure: `whole library: gzip, its ${whole.files} files each compressed (as served)`,
  value: whole.gzipPerFile,
  unit: 'B',
  baseline: lit.gzip,
});
for (const {measure, value, budget} of sizeBudgets(lit))
  rows.push({measure: `budget: ${measure}`, value, unit: 'B', budget, baseline: lit.gzip});
// A form given a definition document (`src`) loads the checks before its first page: the form, and the chunk that
// fetches and checks the document with all it imports (zod and the schema). The document itself is counted apart.
const definitionSource = readdirSync(path.join(root, 'dist')).find((file) =>
  /^definition-source-[\w-]+\.js$/.test(file),
);
if (!definitionSource) throw new Error('No definition-source chunk in dist/: build first.');
rows.push({
  measure: 'report form with src (a definition document), first load with its checks: gzip',
  value: sizes(new Set([...firstLoad('soh-report-form.js'), ...firstLoad(definitionSource)])).gzip,
  unit: 'B',
  budget: 30_000,
  baseline: lit.gzip,
});
// The single file holds everything; from the split build, a page with one element fetches the autoloader and
// that element's first load (its lazy parts, like the single file's, come later or not at all).
const singleFile = sizes(['cdn/soh-elements.js']).gzip;
rows.push({
  measure: 'single file (dist/cdn/soh-elements.js, everything): gzip',
  value: singleFile,
  unit: 'B',
  baseline: lit.gzip,
});
for (const entry of ['soh-report-form.js', 'soh-media-upload.js', 'soh-payment.js']) {
  const loaded = new Set([...firstLoad('autoload.js'), ...firstLoad(entry)]);
  rows.push({
    measure: `split build, a page with only ${entry.replace('.js', '')}: the autoloader and its first load, gzip (single file beside)`,
    value: sizes(loaded).gzipPerFile,
    unit: 'B',
    baseline: singleFile,
  });
}
for (const service of ['covid-breach', 'crime']) {
  const document = readFileSync(path.join(root, 'dist/services', `${service}.json`));
  rows.push({
    measure: `the ${service} definition document (dist/services/${service}.json), loaded apart: gzip`,
    value: gzipSync(document, {level: 9}).length,
    unit: 'B',
    baseline: lit.gzip,
  });
}

// Timings in Chromium, against the real sandbox serving the built files.
const app = await buildSandbox({
  ...TEST_SANDBOX_SETTINGS,
  databaseFile: ':memory:',
  uploadDirectory: mkdtempSync(path.join(tmpdir(), 'soh-uploads-')),
  removeUploadsOnClose: true,
  logStream: new Writable({write: (_c, _e, done) => done()}),
});
const origin = await app.listen({port: 0, host: '127.0.0.1'});
const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});

interface Scenario {
  module: string;
  tag: string;
  attributes: Record<string, string>;
  /** Selectors, each inside the shadow root of the one before: present once the first page is on screen. */
  ready: string[];
  /** The element whose shadow root holds the first page's radios (the second is chosen for the page change). */
  radios: string[];
  /** The first page's Continue. */
  submit: string[];
  /** Present once Continue with nothing chosen has shown its error. */
  error: string[];
  /** Present once Continue with a choice has shown the next page. */
  next: string[];
  /** How long the person reads the first page (after its error) before choosing and pressing Continue. */
  readingMs: number;
}

interface Timings {
  /** Element added → first page on screen. */
  firstRender: number;
  /** Continue with nothing chosen → the error on screen. */
  validation: number;
  /** A choice and Continue → the next page on screen. */
  pageChange: number;
  longTasks: number[];
}

/** One fresh page: the first page, an error, the next page; long tasks through all of it. */
async function run(scenario: Scenario): Promise<Timings> {
  const page = await browser.newPage();
  // tsx names the functions it compiles with a helper the page lacks.
  await page.addInitScript('globalThis.__name = (fn) => fn');
  // A page of the origin with no script of its own (the demo page would load the library first).
  await page.goto(`${origin}/inbox.json`);
  const result = await page.evaluate(async (scenario) => {
    const deep = (path: string[]): Element | null => {
      let scope: Document | ShadowRoot | null = document;
      let found: Element | null = null;
      for (const selector of path) {
        found = scope?.querySelector(selector) ?? null;
        scope = found?.shadowRoot ?? null;
      }
      return found;
    };
    const until = (path: string[]) =>
      new Promise<void>((resolve) => {
        const check = () => (deep(path) ? resolve() : requestAnimationFrame(check));
        check();
      });
    const timed = async (act: () => void, path: string[]) => {
      const start = performance.now();
      act();
      await until(path);
      return performance.now() - start;
    };
    const longTasks: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({
      type: 'longtask',
    });
    document.body.replaceChildren();
    await import(scenario.module);
    const element = document.createElement(scenario.tag);
    for (const [name, value] of Object.entries(scenario.attributes)) element.setAttribute(name, value);
    const firstRender = await timed(() => document.body.append(element), scenario.ready);
    const submit = () => (deep(scenario.submit) as HTMLButtonElement).click();
    const validation = await timed(submit, scenario.error);
    await new Promise((resolve) => setTimeout(resolve, scenario.readingMs));
    const pageChange = await timed(() => {
      deep(scenario.radios)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
      submit();
    }, scenario.next);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {firstRender, validation, pageChange, longTasks};
  }, scenario);
  await page.close();
  return result;
}

interface Measured {
  firstRender: number;
  validation: number;
  pageChange: number;
  longest: number;
}

/** Medians of {@link RUNS} fresh pages. */
async function measure(scenario: Scenario): Promise<Measured> {
  const runs: Timings[] = [];
  for (let index = 0; index < RUNS; index++) runs.push(await run(scenario));
  return {
    firstRender: median(runs.map((timing) => timing.firstRender)),
    validation: median(runs.map((timing) => timing.validation)),
    pageChange: median(runs.map((timing) => timing.pageChange)),
    longest: Math.max(0, ...runs.flatMap((timing) => timing.longTasks)),
  };
}

const crimeReport: Scenario = {
  module: '/dist/soh-report-form.js',
  tag: 'soh-report-form',
  attributes: {service: 'crime', force: 'essex', endpoint: '/'},
  ready: ['soh-report-form', 'soh-yes-no', 'input[type="radio"]'],
  radios: ['soh-report-form', 'soh-yes-no'],
  submit: ['soh-report-form', 'button[type="submit"]'],
  error: ['soh-report-form', '.error-summary'],
  next: ['soh-report-form', 'soh-radios', 'input[type="radio"]'],
  readingMs: 0,
};
const reportForm = await measure(crimeReport);
// A person reads the first page before answering it: a second is quick. By then what the next page needs has loaded.
const reportFormAfterReading = await measure({...crimeReport, readingMs: 1000});
// The same service as a definition document the form fetches and checks before its first page.
const reportFormFromDocument = await measure({
  ...crimeReport,
  attributes: {src: '/dist/services/crime.json', force: 'essex', endpoint: '/'},
});
const baselineJourney: Scenario = {
  module: '/dist/bench/journey/journey.js',
  tag: 'bench-journey',
  attributes: {},
  ready: ['bench-journey', 'button'],
  radios: ['bench-journey'],
  submit: ['bench-journey', 'button'],
  error: ['bench-journey', '.error'],
  next: ['bench-journey', '.next'],
  readingMs: 0,
};
const baseline = await measure(baselineJourney);
const baselineAfterReading = await measure({...baselineJourney, readingMs: 1000});
const upload = await measureUpload(browser, origin);
const chat = await measureChat(browser, origin);
const demoPage = await measureDemoPage(browser, origin);
await browser.close();
await app.close();

rows.push({
  measure: `report form: first page rendered (median of ${RUNS})`,
  value: reportForm.firstRender,
  unit: 'ms',
  budget: 50,
  baseline: baseline.firstRender,
});
rows.push({
  measure: `report form from a definition document (src, crime.json): first page rendered (median of ${RUNS})`,
  value: reportFormFromDocument.firstRender,
  unit: 'ms',
  budget: 50,
  baseline: baseline.firstRender,
});
rows.push({
  measure: `report form: Continue with nothing answered → error summary on screen (median of ${RUNS})`,
  value: reportForm.validation,
  unit: 'ms',
  baseline: baseline.validation,
});
rows.push({
  measure: `report form: Continue at once (after the error) → next page on screen (median of ${RUNS})`,
  value: reportForm.pageChange,
  unit: 'ms',
  baseline: baseline.pageChange,
});
rows.push({
  measure: `report form: Continue after reading the first page for 1 s → next page on screen (median of ${RUNS})`,
  value: reportFormAfterReading.pageChange,
  unit: 'ms',
  baseline: baselineAfterReading.pageChange,
});
rows.push({
  measure: 'report form: longest main-thread task, load, an error and a page change',
  value: Math.max(reportForm.longest, reportFormAfterReading.longest),
  unit: 'ms',
  budget: 50,
  baseline: baseline.longest,
});

const rate = (seconds: number) => (upload.megabytes * 1024 * 1024) / seconds;
rows.push({
  measure: `media upload: ${upload.megabytes} MB file chosen → its first bytes sent, against a plain PUT on choosing`,
  value: upload.elementStartMs,
  unit: 'ms',
  budget: 100,
  baseline: upload.plainStartMs,
});
rows.push({
  measure: `media upload: ${upload.megabytes} MB sent with tus while hashed, then checked, against one plain PUT`,
  value: rate(upload.elementSeconds),
  unit: 'B/s',
  baseline: rate(upload.plainSeconds),
});
rows.push({
  measure: 'media upload: throughput as a share of the plain PUT',
  value: (upload.plainSeconds / upload.elementSeconds) * 100,
  unit: '%',
  budget: 85,
  atLeast: true,
  baseline: 100,
});
rows.push({
  measure: 'media upload: every byte sent (its SHA-256 still being worked out), as a share of the plain PUT',
  value: (upload.plainSeconds / upload.elementSentSeconds) * 100,
  unit: '%',
  baseline: 100,
});
rows.push({
  measure: `media upload: peak JS heap of the page, sending ${upload.heapMegabytes} MB`,
  value: upload.peakHeapBytes,
  unit: 'heap',
  budget: 64 * 1024 * 1024,
  baseline: upload.idleHeapBytes,
});

rows.push({
  measure: 'live chat: one-way latency p99 (half a person-agent-person round trip, 200)',
  value: chat.oneWayP99,
  unit: 'ms',
  budget: 20,
  baseline: chat.socketOneWayMs,
});
rows.push({
  measure: 'live chat: re-synced after the endpoint is back (worst of 5)',
  value: Math.max(...chat.resyncMs),
  unit: 'ms',
  budget: 1000,
  baseline: chat.socketConnectMs,
});

const demoPageRows: Array<[string, keyof typeof demoPage.demo, string, number?]> = [
  ['bytes over the wire (each response gzip -9), median', 'bytes', 'B'],
  ['requests, median', 'requests', 'count'],
  ['navigation → first question on screen, median', 'firstQuestionMs', 'ms'],
  ['longest main-thread task, worst visit', 'longestTaskMs', 'ms', 50],
  ['cumulative layout shift, worst visit', 'layoutShift', 'score', 0],
];
for (const [what, key, unit, budget] of demoPageRows)
  rows.push({
    measure: `whole demo page, first visit (${DEMO_PAGE_RUNS} visits), against the same page as static HTML: ${what}`,
    value: demoPage.demo[key],
    unit,
    budget,
    baseline: demoPage.staticHtml[key],
  });

// The table.
const format = (value: number, unit: string) =>
  unit === 'ms'
    ? `${value.toFixed(1)} ms`
    : unit === '%'
      ? `${value.toFixed(0)}%`
      : unit === 'B/s'
        ? `${(value / 1024 / 1024).toFixed(0)} MiB/s`
        : unit === 'heap'
          ? `${(value / 1024 / 1024).toFixed(1)} MiB`
          : unit === 'count'
            ? `${value}`
            : unit === 'score'
              ? value.toFixed(3)
              : `${(value / 1000).toFixed(1)} kB`;
const lines = [
  '| measure | value | budget | within | baseline | ratio |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((row) => {
    const within =
      row.budget === undefined ? '' : (row.atLeast ? row.value >= row.budget : row.value <= row.budget) ? 'yes' : 'NO';
    const ratio = row.baseline > 0 ? `${(row.value / row.baseline).toFixed(2)}×` : '';
    const budget = row.budget === undefined ? '' : format(row.budget, row.unit);
    return `| ${row.measure} | ${format(row.value, row.unit)} | ${budget} | ${within} | ${format(row.baseline, row.unit)} | ${ratio} |`;
  }),
];
console.log(
  '\nBaselines: sizes against Lit alone (a minimal Lit element, built the same way); times against that element rendering.\n',
);
console.log(lines.join('\n'));
mkdirSync(path.join(root, 'bench'), {recursive: true});
writeFileSync(
  path.join(root, 'bench/results.json'),
  JSON.stringify({measuredAt: new Date().toISOString(), runs: RUNS, rows}, null, 2) + '\n',
);

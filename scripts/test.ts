/**
 * `npm test`: everything, in order, on a fresh machine. Type-check, lint and
 * format; build; the browser tests (web-test-runner in headless Chromium, Firefox and WebKit);
 * the server, theme, translation and end-to-end tests and the Storybook
 * stories (Vitest). Ends with one line, `N passed, N failed`, counting every
 * test and every check; exits non-zero if anything failed.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {chromiumPath, firefoxPath, webkitBrowserPath} from './engine-paths.mjs';
import {root} from './tokens.js';

const chromium = chromiumPath;
const results = path.join(root, 'test-results');
let passed = 0;
let failed = 0;
/** Each failed test by engine, file and name: printed last, where a CI log that shows only its end still shows them. */
const failures: string[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const outcome = spawnSync(command, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  return outcome.status === 0;
}

function bin(name: string): string {
  return path.join(root, 'node_modules/.bin', name);
}

/** The first line of a failure's message, shortened, for the closing list (CI's log may show nothing else of it). */
function firstLine(message: string | undefined): string {
  if (!message) return '';
  const line = message.split('\n')[0].trim();
  return `\n      ${line.length > 300 ? `${line.slice(0, 300)}…` : line}`;
}

/** A check that is one item in the count: it passes or fails as a whole. */
function check(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(`${name} (its own output, above, says why)`);
    console.log(`✗ ${name} failed`);
  }
  return ok;
}

/** A test run that writes its own counts; a run that wrote none failed to start. */
function suite(
  name: string,
  command: string,
  args: string[],
  countsFile: string,
  readCounts: (json: unknown) => {passed: number; failed: number; failures: string[]},
): void {
  rmSync(countsFile, {force: true});
  const ok = run(command, args, {CHROME_PATH: chromium});
  if (!existsSync(countsFile)) {
    failed++;
    failures.push(`${name}: ran no tests`);
    console.log(`✗ ${name} ran no tests`);
    return;
  }
  const counts = readCounts(JSON.parse(readFileSync(countsFile, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  failures.push(...counts.failures);
  if (!ok && counts.failed === 0) {
    failed++;
    failures.push(`${name}: exited with an error`);
    console.log(`✗ ${name} exited with an error`);
  }
}

/** The engines' executables (and what drives them), and the Debian packages they come from. */
const engines = [
  {name: 'Chromium', paths: [chromium], debianPackages: ['chromium'], setting: 'CHROME_PATH'},
  {name: 'Firefox', paths: [firefoxPath], debianPackages: ['firefox-esr'], setting: 'FIREFOX_PATH'},
  {
    name: 'WebKit',
    // MiniBrowser and its WebDriver server, under a virtual display (MiniBrowser has no headless mode).
    paths: [webkitBrowserPath, '/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'],
    debianPackages: ['webkit2gtk-driver', 'xvfb'],
    setting: 'WEBKIT_BROWSER_PATH',
  },
];

/** Installs from Debian's packages any engine that is missing (as root, as CI is), or says how to. */
function ensureEngines(): void {
  const missing = engines.filter((engine) => !engine.paths.every((file) => existsSync(file)));
  if (missing.length === 0) return;
  const packages = missing.flatMap((engine) => engine.debianPackages);
  const names = missing.map((engine) => engine.name).join(' and ');
  if (process.getuid?.() === 0) {
    console.log(`Missing ${names}: installing Debian’s ${packages.join(', ')}.`);
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', ...packages], {DEBIAN_FRONTEND: 'noninteractive'}) &&
      missing.every((engine) => engine.paths.every((file) => existsSync(file)))
    )
      return;
  }
  for (const engine of missing)
    console.error(`${engine.name} not found at ${engine.paths.join(', ')} (or set ${engine.setting}).`);
  console.error(`Install with "sudo apt-get install -y ${packages.join(' ')}", then run npm test again.`);
  process.exit(1);
}

ensureEngines();
mkdirSync(results, {recursive: true});

if (!check('generate', bin('tsx'), ['scripts/generate.ts'])) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(1);
}
check('typecheck', bin('tsc'), ['-p', 'tsconfig.json']);
check('eslint', bin('eslint'), ['.']);
check('prettier', bin('prettier'), ['--check', '.']);
const built = check('build', 'npm', ['run', '--silent', 'build:library']);

suite(
  'browser tests',
  // Under tsx, so the runner's config can start the TypeScript sandbox.
  process.execPath,
  ['--import', 'tsx', path.join(root, 'node_modules/@web/test-runner/dist/bin.js')],
  path.join(results, 'browser.json'),
  (json) => json as {passed: number; failed: number; failures: string[]},
);

if (built) {
  suite(
    'vitest',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${path.join(results, 'vitest.json')}`],
    path.join(results, 'vitest.json'),
    (json) => {
      const report = json as {
        numPassedTests: number;
        numFailedTests: number;
        numTotalTestSuites: number;
        testResults: {
          name: string;
          status: string;
          assertionResults: {fullName: string; status: string; failureMessages?: string[]}[];
        }[];
      };
      // A test file that failed to load has no assertion results: count it.
      const brokenFiles = report.testResults.filter(
        (file) => file.status === 'failed' && file.assertionResults.length === 0,
      ).length;
      const failures = report.testResults.flatMap((file) => {
        const name = path.relative(root, file.name);
        if (file.status === 'failed' && file.assertionResults.length === 0) return [`vitest: ${name} (did not load)`];
        return file.assertionResults
          .filter((test) => test.status === 'failed')
          .map((test) => `vitest: ${name} › ${test.fullName}${firstLine(test.failureMessages?.[0])}`);
      });
      return {passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles, failures};
    },
  );
}

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((failure) => `  ✗ ${failure}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

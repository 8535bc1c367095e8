/**
 * `npm test`: everything, in order, on a fresh machine. Type-check, lint and
 * format; build; the browser tests (web-test-runner in headless Chromium and Firefox);
 * the server, theme, translation and end-to-end tests and the Storybook
 * stories (Vitest). Ends with one line, `N passed, N failed`, counting every
 * test and every check; exits non-zero if anything failed.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {chromiumPath, firefoxPath} from './chromium.mjs';
import {root} from './tokens.js';

const chromium = chromiumPath;
const results = path.join(root, 'test-results');
let passed = 0;
let failed = 0;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const outcome = spawnSync(command, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  return outcome.status === 0;
}

function bin(name: string): string {
  return path.join(root, 'node_modules/.bin', name);
}

/** A check that is one item in the count: it passes or fails as a whole. */
function check(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  if (ok) passed++;
  else {
    failed++;
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
  readCounts: (json: unknown) => {passed: number; failed: number},
): void {
  rmSync(countsFile, {force: true});
  const ok = run(command, args, {CHROME_PATH: chromium});
  if (!existsSync(countsFile)) {
    failed++;
    console.log(`✗ ${name} ran no tests`);
    return;
  }
  const counts = readCounts(JSON.parse(readFileSync(countsFile, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  if (!ok && counts.failed === 0) {
    failed++;
    console.log(`✗ ${name} exited with an error`);
  }
}

/** The engines' executables, and the Debian package each comes from. */
const engines = [
  {name: 'Chromium', path: chromium, debianPackage: 'chromium', setting: 'CHROME_PATH'},
  {name: 'Firefox', path: firefoxPath, debianPackage: 'firefox-esr', setting: 'FIREFOX_PATH'},
];

/** Installs from Debian's packages any engine that is missing (as root, as CI is), or says how to. */
function ensureEngines(): void {
  const missing = engines.filter((engine) => !existsSync(engine.path));
  if (missing.length === 0) return;
  const packages = missing.map((engine) => engine.debianPackage);
  if (process.getuid?.() === 0) {
    console.log(
      `Missing ${missing.map((engine) => engine.name).join(' and ')}: installing Debian’s ${packages.join(', ')}.`,
    );
    if (
      run('apt-get', ['update', '-qq']) &&
      run('apt-get', ['install', '-y', '-qq', ...packages]) &&
      missing.every((engine) => existsSync(engine.path))
    )
      return;
  }
  for (const engine of missing) console.error(`${engine.name} not found at ${engine.path} (or set ${engine.setting}).`);
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
  (json) => json as {passed: number; failed: number},
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
        testResults: {status: string; assertionResults: unknown[]}[];
      };
      // A test file that failed to load has no assertion results: count it.
      const brokenFiles = report.testResults.filter(
        (file) => file.status === 'failed' && file.assertionResults.length === 0,
      ).length;
      return {passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles};
    },
  );
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

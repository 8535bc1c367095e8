import {writeFileSync, mkdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {chromiumArgs, chromiumPath, firefoxPath, webkitBrowserPath} from './scripts/engine-paths.mjs';
import {startWebKitDriver, webkitCapabilities} from './scripts/webkit-driver.mjs';
// TypeScript: this config is loaded under tsx (see the test:browser script).
import {sandboxPlugin} from './test/helpers/sandbox-plugin.ts';
import {engineCommandsPlugin} from './test/helpers/engine-commands-plugin.ts';

/** The first line of a failure's message, shortened, for the closing list (CI's log may show nothing else of it). */
function firstLine(message) {
  if (!message) return '';
  const line = message.split('\n')[0].trim();
  return `\n      ${line.length > 300 ? `${line.slice(0, 300)}…` : line}`;
}

/**
 * Writes the pass/fail counts, and the name of each failure, for scripts/test.ts, which prints them in its closing
 * lines (CI shows only the end of a long run).
 */
function countingReporter() {
  return {
    onTestRunFinished({sessions}) {
      let passed = 0;
      const failures = [];
      const visit = (suite, file, engine, names) => {
        for (const test of suite.tests) {
          if (test.passed) passed++;
          else if (!test.skipped)
            failures.push(`${engine}: ${file} › ${[...names, test.name].join(' › ')}${firstLine(test.error?.message)}`);
        }
        for (const child of suite.suites) visit(child, file, engine, [...names, child.name]);
      };
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        const engine = session.browser.name;
        if (session.testResults) visit(session.testResults, file, engine, []);
        // A file that failed to load has no results: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failures.push(`${engine}: ${file} (did not load)`);
      }
      mkdirSync('test-results', {recursive: true});
      writeFileSync('test-results/browser.json', JSON.stringify({passed, failed: failures.length, failures}));
    },
  };
}

/**
 * The services written as data import their `src/services/<id>/definition.json` as a module (Vite's build does so
 * itself). Only those files: every other JSON the tests fetch (fixtures, the sandbox's answers) stays JSON.
 */
function serviceDefinitionsAsModules() {
  const isDefinition = (path) => /^\/src\/services\/[a-z0-9-]+\/definition\.json$/.test(path);
  return {
    name: 'service-definitions-as-modules',
    resolveMimeType: (context) => (isDefinition(context.path) ? 'js' : undefined),
    transform: (context) => (isDefinition(context.path) ? {body: `export default ${context.body};`} : undefined),
  };
}

/** Each engine the public uses, and how web-test-runner starts it headless from Debian's packages. */
const launchers = {
  chromium: () =>
    chromeLauncher({
      // Headless Chromium never fires requestAnimationFrame in background
      // tabs (axe waits on it): one window per page keeps each visible.
      createPage: ({context}) => context.newPage({type: 'window'}),
      launchOptions: {executablePath: chromiumPath, headless: true, args: chromiumArgs},
    }),
  // Firefox ESR over WebDriver BiDi, through puppeteer-core: no geckodriver needed.
  firefox: () => {
    const launcher = chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true},
      // One page at a time: of two Firefox pages only one has the focus, and the other's radios, check boxes and
      // buttons do not answer the keyboard.
      concurrency: 1,
    });
    // A fresh page for each test file: a page reused after some files (the option list's, for one) types text but
    // no longer activates a radio or a button from the keyboard.
    const stopSession = launcher.stopSession.bind(launcher);
    launcher.stopSession = async (sessionId) => {
      const result = await stopSession(sessionId);
      await launcher.inactivePages.pop().puppeteerPage.close();
      return result;
    };
    return launcher;
  },
  // WebKit (every iPhone's engine) over classic WebDriver: WebKitWebDriver drives MiniBrowser; it speaks no BiDi.
  webkit: async () => {
    const launcher = webdriverLauncher({
      hostname: '127.0.0.1',
      port: (await startWebKitDriver()).port,
      logLevel: 'error',
      capabilities: webkitCapabilities(webkitBrowserPath),
    });
    // One file at a time, in the window itself: with more, the launcher runs files side by side in iframes, where
    // keys and the window size reach only one of them. The other engines keep the runner's concurrency.
    launcher.concurrency = 1;
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = (config, testFiles) => initialize({...config, concurrency: 1}, testFiles);
    return launcher;
  },
};

/** The engines `npm test` runs: all three the public uses, or those named in SOH_ENGINES (`chromium,webkit`). */
const DEFAULT_ENGINES = 'chromium,firefox,webkit';

function engines() {
  const named = (process.env.SOH_ENGINES ?? DEFAULT_ENGINES).split(',').filter(Boolean);
  for (const engine of named)
    if (!(engine in launchers))
      throw new Error(`SOH_ENGINES: no engine "${engine}" (${Object.keys(launchers).join(', ')})`);
  return named;
}

export default {
  files: [
    'test/**/*.test.ts',
    '!test/server/**',
    '!test/e2e/**',
    '!test/themes/**',
    '!test/localize/**',
    '!test/definitions/**',
    '!test/stories/**',
    '!test/build/**',
    '!test/react/**',
    '!test/security/**',
    // Vitest's visual project (Storybook's stories, screenshots against baselines).
    '!test/visual/**',
  ],
  // The browser builds of packages that ship one (tus-js-client).
  nodeResolve: {browser: true},
  // Two cores: one browser, two pages at a time (Firefox and WebKit take one; see their launchers).
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter({flatten: false}), countingReporter()],
  // Every file starts on a clean device. WebKit's driver runs every file in one tab, so without this a file inherits
  // the sessionStorage the one before left (an upload paused as its test ended leaves a record to carry on from).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>sessionStorage.clear(); localStorage.clear();</script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  // The upload's worker is started as ./hash-worker.js, its name in the build: serve the source.
  middleware: [
    function workerSource(context, next) {
      if (context.url.split('?')[0].endsWith('/media-upload/hash-worker.js'))
        context.url = context.url.replace('/hash-worker.js', '/hash-worker.ts');
      return next();
    },
  ],
  plugins: [
    sandboxPlugin(),
    engineCommandsPlugin(),
    // tus-js-client's browser build imports CommonJS packages (url-parse, js-base64), as Vite's build converts them.
    fromRollup(commonjs)({
      include: [
        '**/node_modules/url-parse/**',
        '**/node_modules/querystringify/**',
        '**/node_modules/requires-port/**',
        '**/node_modules/js-base64/**',
      ],
    }),
    serviceDefinitionsAsModules(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // So esbuild honours experimentalDecorators / useDefineForClassFields.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: await Promise.all(engines().map((engine) => launchers[engine]())),
  // A whole report typed key by key takes longer than 10 s in WebKit, whose driver takes one key per command (see
  // test/helpers/keys.ts): 30 s for any one test. A time limit, not a speed check (speed is `npm run bench`'s).
  testFramework: {config: {timeout: 30000}},
};

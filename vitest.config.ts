import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';
import {defineConfig} from 'vitest/config';
import {chromiumArgs, chromiumPath} from './scripts/engine-paths.mjs';
import {TEST_OPERATOR_TOKEN} from './test/helpers/test-sandbox-settings.js';
import {visualProject} from './test/visual/visual-project.js';

// Where the story tests' own sandbox listens (test/helpers/story-sandbox.ts starts it; the stories are built to
// talk to it by .storybook/main.ts).
process.env.SOH_STORY_SANDBOX = 'http://localhost:8093/';
// …and the back-office secret it starts with, for the stories that play the force.
process.env.SOH_STORY_OPERATOR_TOKEN = TEST_OPERATOR_TOKEN;

const dirname = path.dirname(fileURLToPath(import.meta.url));

/**
 * Vitest runs what is not a component test: the sandbox server, the themes'
 * contrast, the translations, the built package (all in Node), the end-to-end
 * journeys (Node driving Debian's Chromium against a real sandbox over HTTP),
 * the generated React wrappers in React (Chromium), and every Storybook story
 * with its axe check (in Chromium). Component tests run in web-test-runner.
 */
/** Headless Debian Chromium, for the projects that run in a browser: a fresh one each, as Vitest names their instances. */
const inDebianChromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({launchOptions: {executablePath: chromiumPath, args: chromiumArgs}}),
  instances: [{browser: 'chromium' as const}],
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/server/**/*.test.ts',
            'test/themes/**/*.test.ts',
            'test/localize/**/*.test.ts',
            'test/definitions/**/*.test.ts',
            'test/stories/**/*.test.ts',
            'test/build/**/*.test.ts',
            'test/security/**/*.test.ts',
          ],
          testTimeout: 60000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60000,
          hookTimeout: 60000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'react',
          include: ['test/react/**/*.test.ts'],
          browser: inDebianChromium(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({configDir: path.join(dirname, '.storybook')})],
        test: {
          name: 'storybook',
          globalSetup: ['test/helpers/story-sandbox.ts'],
          browser: inDebianChromium(),
        },
      },
      // Every story's screenshot against its reviewed baseline (test/visual/, README "Visual tests").
      visualProject(),
    ],
  },
});

import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildSandbox} from '../../demo/server/sandbox.js';
import {TEST_SANDBOX_SETTINGS} from './test-sandbox-settings.js';

/**
 * Vitest's global setup for the Storybook project: the real sandbox, on an
 * in-memory database, for the stories that talk to an endpoint, so they run
 * as tests inside `npm test` (never a mock).
 */
export default function startStorySandbox(): Promise<() => Promise<void>> {
  // Set by vitest.config.ts, which also builds it into the stories.
  return startPageSandbox(Number(new URL(process.env.SOH_STORY_SANDBOX!).port), 'soh-story-uploads-');
}

/**
 * A real sandbox on an in-memory database at `port`, answering pages served by Vitest's own browser server (on a
 * port of its choosing); its uploads in a new folder named from `uploadsPrefix`, removed when it closes.
 */
export async function startPageSandbox(port: number, uploadsPrefix: string): Promise<() => Promise<void>> {
  const app = await buildSandbox({
    ...TEST_SANDBOX_SETTINGS,
    databaseFile: ':memory:',
    uploadDirectory: mkdtempSync(path.join(tmpdir(), uploadsPrefix)),
    removeUploadsOnClose: true,
    allowedOrigins: [/^http:\/\/(localhost|127\.0\.0\.1):\d+$/],
    logStream: {write: () => true} as never,
  });
  await app.listen({port, host: 'localhost'});
  return () => app.close();
}

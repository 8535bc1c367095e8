import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildSandbox} from '../../demo/server/sandbox.js';
import {TEST_SANDBOX_SETTINGS} from '../helpers/test-sandbox-settings.js';

/** Where the visual tests' sandbox listens: not the story tests' port (8093), since `vitest run` runs both projects at once. */
export const VISUAL_SANDBOX = 'http://localhost:8094/';

/**
 * Vitest's global setup for the visual project: a real sandbox on an in-memory database, as the story tests have
 * (test/helpers/story-sandbox.ts), for the stories that talk to an endpoint.
 */
export default async function startVisualSandbox(): Promise<() => Promise<void>> {
  const app = await buildSandbox({
    ...TEST_SANDBOX_SETTINGS,
    databaseFile: ':memory:',
    uploadDirectory: mkdtempSync(path.join(tmpdir(), 'soh-visual-uploads-')),
    removeUploadsOnClose: true,
    allowedOrigins: [/^http:\/\/(localhost|127\.0\.0\.1):\d+$/],
    logStream: {write: () => true} as never,
  });
  await app.listen({port: Number(new URL(VISUAL_SANDBOX).port), host: 'localhost'});
  return () => app.close();
}

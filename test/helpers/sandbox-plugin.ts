import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {FastifyInstance} from 'fastify';
import {buildSandbox} from '../../demo/server/sandbox.js';
import {TEST_OPERATOR_TOKEN, TEST_SANDBOX_SETTINGS} from './test-sandbox-settings.js';

/**
 * A web-test-runner plugin that starts the real sandbox endpoint beside the
 * test server, so browser tests talk to it over HTTP (never a mock). Tests
 * import its address (`sandboxUrl`) and its back-office secret
 * (`operatorToken`, for tests that play the force) from `/__sandbox.js`.
 */
export function sandboxPlugin() {
  let app: FastifyInstance | undefined;
  let address = '';
  return {
    name: 'soh-sandbox',
    async serverStart() {
      app = await buildSandbox({
        ...TEST_SANDBOX_SETTINGS,
        databaseFile: ':memory:',
        uploadDirectory: mkdtempSync(path.join(tmpdir(), 'soh-uploads-')),
        removeUploadsOnClose: true,
        // The test pages come from the test runner's own port.
        allowedOrigins: [/^http:\/\/(localhost|127\.0\.0\.1):\d+$/],
        logStream: {write: () => true} as never,
      });
      address = await app.listen({port: 0, host: '127.0.0.1'});
    },
    async serverStop() {
      await app?.close();
    },
    serve(context: {path: string}) {
      if (context.path === '/__sandbox.js')
        return {
          body: [
            `export const sandboxUrl = ${JSON.stringify(address + '/')};`,
            `export const operatorToken = ${JSON.stringify(TEST_OPERATOR_TOKEN)};`,
          ].join('\n'),
          type: 'js',
        };
      return undefined;
    },
  };
}

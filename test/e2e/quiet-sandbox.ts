import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Writable} from 'node:stream';
import type {FastifyInstance} from 'fastify';
import {buildSandbox, type SandboxOptions} from '../../demo/server/sandbox.js';
import {TEST_SANDBOX_SETTINGS} from '../helpers/test-sandbox-settings.js';

/** The real sandbox on an in-memory database, its request log kept out of the test output. */
export function quietSandbox(options: Partial<SandboxOptions> = {}): Promise<FastifyInstance> {
  const discard = new Writable({write: (_chunk, _encoding, done) => done()});
  return buildSandbox({
    ...TEST_SANDBOX_SETTINGS,
    databaseFile: ':memory:',
    uploadDirectory: mkdtempSync(path.join(tmpdir(), 'soh-uploads-')),
    removeUploadsOnClose: true,
    logStream: discard,
    ...options,
  });
}

import {tmpdir} from 'node:os';
import path from 'node:path';
import {randomUUID} from 'node:crypto';
import {mkdtempSync, readFileSync} from 'node:fs';
import {Writable} from 'node:stream';
import type {FastifyInstance} from 'fastify';
import {buildSandbox, type SandboxOptions} from '../../demo/server/sandbox.js';
import {TEST_OPERATOR_TOKEN, TEST_SANDBOX_SETTINGS} from '../helpers/test-sandbox-settings.js';

/** Headers that sign a request in to the back office, as a script would. */
export const asOperator = {authorization: `Bearer ${TEST_OPERATOR_TOKEN}`};

export function minimalIncident(): {
  data: Record<string, unknown> & {attributes: Record<string, unknown>};
  included: Array<Record<string, unknown>>;
} {
  return JSON.parse(readFileSync(new URL('../fixtures/minimal-incident.json', import.meta.url), 'utf8'));
}

/** A sandbox on an in-memory database and a fresh upload folder, with its log lines collected. */
export async function startTestSandbox(
  options: Partial<SandboxOptions> = {},
): Promise<{app: FastifyInstance; logs: string[]; uploadDirectory: string}> {
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const uploadDirectory = mkdtempSync(path.join(tmpdir(), 'soh-uploads-'));
  const app = await buildSandbox({
    ...TEST_SANDBOX_SETTINGS,
    databaseFile: ':memory:',
    uploadDirectory,
    removeUploadsOnClose: true,
    logStream,
    allowedOrigins: ['http://localhost:6006'],
    ...options,
  });
  return {app, logs, uploadDirectory};
}

export function postIncident(
  app: FastifyInstance,
  body: unknown,
  key: string = randomUUID(),
  contentType = 'application/vnd.api+json',
) {
  return app.inject({
    method: 'POST',
    url: '/incidents',
    headers: {'content-type': contentType, 'idempotency-key': key},
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Writable} from 'node:stream';
import type {FastifyInstance} from 'fastify';
import {buildSandbox, type SandboxOptions} from '../../demo/server/sandbox.js';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';

export const OPERATOR = {authorization: `Bearer ${TEST_OPERATOR_TOKEN}`};

/**
 * A sandbox as `npm start` runs it: the default rate limits, no test
 * switches unless asked for, its log lines kept for reading.
 */
export async function startHardenedSandbox(
  options: Partial<SandboxOptions> = {},
): Promise<{app: FastifyInstance; logs: string[]; uploadDirectory: string}> {
  const logs: string[] = [];
  const uploadDirectory = mkdtempSync(path.join(tmpdir(), 'soh-security-'));
  const app = await buildSandbox({
    databaseFile: ':memory:',
    uploadDirectory,
    removeUploadsOnClose: true,
    operatorToken: TEST_OPERATOR_TOKEN,
    logStream: new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
    ...options,
  });
  return {app, logs, uploadDirectory};
}

/** A report that passes every check, as the elements send it. */
export function validReport(): Record<string, unknown> & {data: {attributes: Record<string, unknown>}} {
  return JSON.parse(readFileSync(new URL('../fixtures/minimal-incident.json', import.meta.url), 'utf8'));
}

/** True when the sandbox still answers: the process is up and serving. */
export async function stillServes(app: FastifyInstance): Promise<boolean> {
  const answer = await app.inject({method: 'GET', url: '/forces/locate?postcode=CM1%201AA'});
  return answer.statusCode === 200;
}

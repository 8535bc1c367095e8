import {randomUUID} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {Writable} from 'node:stream';
import type {FastifyInstance} from 'fastify';
import {buildSandbox} from '../../demo/server/sandbox.js';

export function minimalIncident(): {
  data: Record<string, unknown> & {attributes: Record<string, unknown>};
  included: Array<Record<string, unknown>>;
} {
  return JSON.parse(readFileSync(new URL('../fixtures/minimal-incident.json', import.meta.url), 'utf8'));
}

/** A sandbox on an in-memory database, with its log lines collected. */
export async function startTestSandbox(): Promise<{app: FastifyInstance; logs: string[]}> {
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildSandbox({databaseFile: ':memory:', logStream, allowedOrigins: ['http://localhost:6006']});
  return {app, logs};
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

import {createHash} from 'node:crypto';
import type {FastifyInstance} from 'fastify';
import type {FaultSwitch} from '../faults.js';
import {sendTooMany} from '../limits/rate-limits.js';
import {TokenBuckets} from '../limits/token-bucket.js';
import type {SandboxContext} from '../sandbox-context.js';
import {jsonApiError, JSON_API_MEDIA_TYPE, sendErrors} from '../json-api-errors.js';
import type {IncidentStore} from './incident-store.js';
import {checkSdmDocument} from './sdm-document.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Key order and white space do not make two bodies different. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `POST /incidents`: the force's Standard API, as in docs/contract.md. */
export function registerIncidentRoutes(
  app: FastifyInstance,
  store: IncidentStore,
  faults: FaultSwitch,
  context: SandboxContext,
): void {
  const sent = new TokenBuckets(context.limits.reports);
  app.post('/incidents', async (request, reply) => {
    const allowed = sent.take(context.clientOf(request.raw));
    if (!allowed.allowed) return sendTooMany(reply, allowed);
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== JSON_API_MEDIA_TYPE) {
      return sendErrors(reply, 415, [
        jsonApiError(
          415,
          'unsupported-media-type',
          'Not a JSON:API document',
          `Send the report as ${JSON_API_MEDIA_TYPE}.`,
        ),
      ]);
    }
    const header = request.headers['idempotency-key'];
    if (typeof header !== 'string' || !UUID.test(header)) {
      return sendErrors(reply, 400, [
        jsonApiError(
          400,
          'idempotency-key',
          'Idempotency-Key is missing or not a UUID',
          'Send one UUID per submission in the Idempotency-Key header, the same on every retry.',
        ),
      ]);
    }
    // A UUID in capitals is the same UUID: the same key must never store a second report.
    const key = header.toLowerCase();

    const fault = faults.take('incidents', (request.body as {data?: {id?: unknown}} | null)?.data?.id as string);
    if (fault?.kind === 'fail') {
      if (fault.retryAfter !== undefined) reply.header('Retry-After', String(fault.retryAfter));
      return sendErrors(reply, fault.status, [
        jsonApiError(
          fault.status,
          'fault-injected',
          'The endpoint is busy',
          'A test asked the sandbox to fail this request. Try again.',
        ),
      ]);
    }

    const checked = checkSdmDocument(request.body);
    if (!checked.ok) return sendErrors(reply, 422, checked.errors);

    // What was checked is what is kept: members the schemas do not know are not stored.
    const document = JSON.stringify(checked.document);
    const outcome = store.store({
      idempotencyKey: key,
      bodyHash: createHash('sha256').update(canonicalJson(request.body)).digest('hex'),
      forceCode: checked.facts.forceCode,
      category: checked.facts.category,
      document,
    });
    if (outcome.outcome === 'conflict') {
      return sendErrors(reply, 409, [
        jsonApiError(
          409,
          'idempotency-key-reused',
          'This Idempotency-Key was used for another report',
          'Use a new key for a new submission.',
        ),
      ]);
    }
    const {incident} = outcome;
    request.log.info(
      {incidentId: incident.id, category: incident.category, forceCode: incident.forceCode, outcome: outcome.outcome},
      'incident stored',
    );
    if (fault?.kind === 'drop-after-store') {
      // Stored, then the answer is lost: the client must retry with the same key.
      request.raw.socket.destroy();
      return reply.hijack();
    }
    return reply
      .code(201)
      .type(JSON_API_MEDIA_TYPE)
      .send({
        data: {
          type: 'submission',
          id: incident.id,
          attributes: {customerReferenceNumber: incident.reference, receivedAt: incident.receivedAt},
        },
      });
  });
}

import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify';
import {z} from 'zod';
import {MAX_REPLY_LENGTH, type AccessCode, type ReportStatus, type StatusPage} from '../../../src/contract/follow.js';
import type {SandboxDatabase} from '../database.js';
import type {SandboxContext} from '../sandbox-context.js';
import {acceptFormBodies} from '../form-body.js';
import type {IncidentStore} from '../incidents/incident-store.js';
import {jsonApiError, sendErrors} from '../json-api-errors.js';
import {retryAfterSeconds, TokenBuckets} from '../limits/token-bucket.js';
import {sendTooMany} from '../limits/rate-limits.js';
import {FollowLimits} from './follow-limits.js';
import {FollowStore} from './follow-store.js';

const reference = z.string().trim().toUpperCase().max(20);
const access = z.object({reference, code: z.string().max(40)});
/** `after`: the last update the caller already has (its id), so only what is new comes back. */
const statusRequest = access.extend({after: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional()});
const STATUSES = ['assessed', 'crime-reference', 'officer-assigned', 'closed'] as const satisfies ReportStatus[];

const refuse = (reply: FastifyReply, status: number, code: string, title: string, detail: string, pointer?: string) =>
  sendErrors(reply, status, [jsonApiError(status, code, title, detail, pointer)]);

/**
 * Following a report: `POST /follow` makes the access code, for the browser
 * that sent the report only (it proves it with the report's idempotency
 * key); `POST /status` (a page of the history at a time) and
 * `POST /status/messages` read and answer with the reference and code, in
 * the body: never in an address, so never in a log or the browser's history,
 * and the person types the code rather than follow a link holding it. The
 * back office sets the status, writes, and revokes codes
 * (`/inbox/{reference}/…`). Requests are rate-limited per client, and wrong
 * codes as follow-limits.ts says. Nothing here is cached.
 */
export function registerFollowRoutes(
  app: FastifyInstance,
  database: SandboxDatabase,
  incidents: IncidentStore,
  context: SandboxContext,
): FollowStore {
  const follows = new FollowStore(database);
  const limits = new FollowLimits();
  const checks = new TokenBuckets(context.limits.statusChecks);
  const replies = new TokenBuckets(context.limits.statusReplies);

  app.post('/follow', async (request, reply) => {
    const parsed = z.object({reference, submissionKey: z.string().max(100)}).safeParse(request.body);
    const incident = parsed.success ? incidents.byReference(parsed.data.reference) : undefined;
    if (!parsed.success || !incident || !incidents.wasSentWith(incident.id, parsed.data.submissionKey))
      return refuse(reply, 403, 'not-the-sender', 'Only the browser that sent the report can follow it', 'Call 101.');
    const code = await follows.start(incident.reference, incident.receivedAt);
    if (!code)
      return refuse(reply, 409, 'already-following', 'This report is already followed', 'The code was shown once.');
    request.log.info({follow: 'started'}, 'report followed');
    return reply
      .code(201)
      .header('Cache-Control', 'no-store')
      .send({reference: incident.reference, code} satisfies AccessCode);
  });

  /**
   * The reference and code from the body, within this client's rate, checked and counted; undefined once it
   * has answered.
   */
  async function opened<T extends z.infer<typeof access>>(
    request: FastifyRequest,
    reply: FastifyReply,
    buckets: TokenBuckets,
    schema: z.ZodType<T>,
  ): Promise<T | undefined> {
    reply.header('Cache-Control', 'no-store');
    const client = context.clientOf(request.raw);
    const taken = buckets.take(client);
    if (!taken.allowed) {
      await sendTooMany(reply, taken);
      return undefined;
    }
    const parsed = schema.safeParse(request.body);
    if (!parsed.success) {
      await refuse(reply, 400, 'bad-request', 'Send the reference and the access code', '');
      return undefined;
    }
    // Counted before the code is hashed, so requests sent together cannot all pass before any of them is counted.
    const verdict = await limits.attempt(parsed.data.reference, client);
    if (!verdict.allowed) {
      const seconds = retryAfterSeconds(verdict.retryAfterMs);
      reply.header('Retry-After', String(seconds));
      await (verdict.why === 'locked'
        ? refuse(reply, 429, 'locked', 'Too many wrong codes from here', `Wait ${seconds} seconds, then try again.`)
        : refuse(reply, 429, 'slow-down', 'Too many wrong codes for this report', 'Wait a few seconds.'));
      return undefined;
    }
    let right: boolean | undefined;
    try {
      right = await follows.opens(parsed.data.reference, parsed.data.code);
    } finally {
      verdict.done(right === undefined ? 'unchecked' : right ? 'right' : 'wrong');
    }
    if (!right) {
      // The same answer for a wrong code, an unknown reference and a revoked code: nothing to learn from it.
      await refuse(
        reply,
        401,
        'wrong-code',
        'The reference or the access code is not right',
        'Check both and try again.',
      );
      return undefined;
    }
    return parsed.data;
  }

  app.post('/status', async (request, reply) => {
    const signedIn = await opened(request, reply, checks, statusRequest);
    if (!signedIn) return reply;
    const {updates, more} = follows.page(signedIn.reference, signedIn.after);
    return reply.send({
      reference: signedIn.reference,
      updates,
      more,
      closed: follows.isClosed(signedIn.reference),
    } satisfies StatusPage);
  });

  app.post('/status/messages', async (request, reply) => {
    const signedIn = await opened(request, reply, replies, access);
    if (!signedIn) return reply;
    const text = z
      .string()
      .trim()
      .min(1)
      .max(MAX_REPLY_LENGTH)
      .safeParse((request.body as {text?: unknown}).text);
    if (!text.success)
      return refuse(
        reply,
        422,
        'invalid-text',
        `Write a message of ${MAX_REPLY_LENGTH} characters or fewer`,
        '',
        '/text',
      );
    if (follows.isClosed(signedIn.reference)) return refuse(reply, 409, 'closed', 'This report is closed', 'Call 101.');
    return reply.code(201).send(follows.add(signedIn.reference, {kind: 'message', text: text.data, from: 'person'}));
  });

  // The back office (the sandbox's inbox): plain forms, or JSON.
  void app.register(async (scope) => {
    acceptFormBodies(scope);
    const known = (referenceParam: string, reply: FastifyReply) => {
      if (follows.isFollowed(referenceParam) || incidents.byReference(referenceParam)) return true;
      void refuse(reply, 404, 'unknown-report', 'No such report', '');
      return false;
    };
    const back = (request: FastifyRequest, reply: FastifyReply) =>
      request.headers['content-type']?.startsWith('application/json')
        ? reply.code(204).send()
        : reply.redirect('/inbox', 303);

    scope.post<{Params: {reference: string}}>('/inbox/:reference/status', async (request, reply) => {
      if (!known(request.params.reference, reply)) return reply;
      const body = z
        .object({status: z.enum(STATUSES), text: z.string().trim().max(200).optional()})
        .safeParse(request.body);
      if (!body.success) return refuse(reply, 422, 'invalid-status', 'Not a status', '', '/status');
      follows.add(request.params.reference, {
        kind: 'status',
        status: body.data.status,
        text: body.data.text || undefined,
        from: 'force',
      });
      return back(request, reply);
    });

    scope.post<{Params: {reference: string}}>('/inbox/:reference/messages', async (request, reply) => {
      if (!known(request.params.reference, reply)) return reply;
      const text = z
        .string()
        .trim()
        .min(1)
        .max(MAX_REPLY_LENGTH)
        .safeParse((request.body as {text?: unknown})?.text);
      if (!text.success) return refuse(reply, 422, 'invalid-text', 'Write a message', '', '/text');
      follows.add(request.params.reference, {kind: 'message', text: text.data, from: 'force'});
      return back(request, reply);
    });

    scope.post<{Params: {reference: string}}>('/inbox/:reference/revoke', async (request, reply) => {
      if (!follows.revoke(request.params.reference))
        return refuse(reply, 404, 'not-followed', 'This report is not followed', '');
      return back(request, reply);
    });
  });
  return follows;
}

import {randomUUID} from 'node:crypto';
import {createWriteStream} from 'node:fs';
import {rm} from 'node:fs/promises';
import path from 'node:path';
import {pipeline} from 'node:stream/promises';
import type {Writable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import cors, {type FastifyCorsOptions} from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, {type FastifyError, type FastifyInstance} from 'fastify';
import {openDatabase} from './database.js';
import {FaultSwitch, faultsRequestSchema} from './faults.js';
import {registerAddressRoutes} from './addresses/address-routes.js';
import {registerForceRoutes} from './forces/force-routes.js';
import {registerInboxRoutes} from './inbox/inbox-routes.js';
import {registerFollowRoutes} from './follow/follow-routes.js';
import {registerUploadRoutes} from './uploads/upload-routes.js';
import type {ChatHours} from '../../src/contract/chat.js';
import {registerChatRoutes} from './chat/chat-routes.js';
import {registerPaymentRoutes} from './payments/payment-routes.js';
import {originTest} from './allowed-origins.js';
import {OperatorAuth} from './back-office/operator-auth.js';
import {registerBackOfficeRoutes} from './back-office/back-office-routes.js';
import {rateLimitSettings, type RateLimitSettings} from './limits/rate-limits.js';
import {clientAddressReader, type SandboxContext, type TrustedProxies} from './sandbox-context.js';
import {hostCheck} from './host-check.js';
import {CONTENT_SECURITY_POLICY, HASH_WORKER_POLICY} from './content-security-policy.js';
import {IncidentStore} from './incidents/incident-store.js';
import {registerIncidentRoutes} from './incidents/incident-routes.js';
import {jsonApiError, JsonApiFailure, JSON_API_MEDIA_TYPE, sendErrors} from './json-api-errors.js';
import {parseJsonBody} from './json-body.js';
import {registerSitePages} from './site/site-pages.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SandboxOptions {
  /** The SQLite file; `:memory:` for tests. */
  databaseFile: string;
  /** Origins other than the sandbox's own that may call the API (Storybook, a force's test site). */
  allowedOrigins?: Array<string | RegExp>;
  /** Where logs go; standard output by default. */
  logStream?: Writable;
  /** Largest accepted report, in bytes. */
  bodyLimit?: number;
  /** Where uploaded evidence is kept (`.sandbox/uploads` for `npm start`). */
  uploadDirectory: string;
  /** Remove `uploadDirectory` and all in it when the sandbox closes (tests and the bench: their files are gigabytes). */
  removeUploadsOnClose?: boolean;
  /**
   * Serve the upload's hashing worker with the page policy unchanged, so it
   * cannot compile WebAssembly and hashes in pure JavaScript (its fallback).
   * By default the worker alone may compile WebAssembly.
   */
  hashWorkerWithoutWebAssembly?: boolean;
  /** When chats are taken (UK time); always, by default, so the demo works at any hour. */
  chatHours?: ChatHours;
  /**
   * The back office's secret (`SOH_OPERATOR_TOKEN` for `npm start`): the inbox,
   * its JSON and the agent console sign in with it. At least 16 characters.
   */
  operatorToken: string;
  /**
   * Where people reach the sandbox (`https://sandbox.force.example`). A request
   * naming another `Host` is refused (DNS rebinding), and payments return only
   * here or to an allowed origin. Unset: loopback names only (`localhost`,
   * `127.0.0.1`, `[::1]`).
   */
  publicOrigin?: string;
  /** Proxies trusted to name the client (`X-Forwarded-For`), so limits count people, not the proxy. None by default. */
  trustedProxies?: TrustedProxies;
  /**
   * The switches tests and the bench use (`/__faults`, `/__plain-upload`,
   * `/__chat/drop`, `/__payments/clock`). Never in `npm start`: any page could
   * use them.
   */
  testRoutes?: boolean;
  /** How long an unfinished upload waits for its sender to resume it (24 hours by default). */
  unfinishedUploadsExpireAfterMs?: number;
  /** How much one client may do; the defaults in `limits/rate-limits.ts` otherwise. */
  rateLimits?: Partial<RateLimitSettings>;
}

const HASH_WORKER_PATH = '/dist/hash-worker.js';

/**
 * Logs carry the method, the route's pattern (never the URL: a query string
 * may hold a postcode), the status and ids. Never a body.
 */
const logSerializers = {
  req: (request: {method: string; routeOptions?: {url?: string}}) => ({
    method: request.method,
    route: request.routeOptions?.url ?? 'unmatched',
  }),
  res: (reply: {statusCode: number}) => ({statusCode: reply.statusCode}),
};

export async function buildSandbox(options: SandboxOptions): Promise<FastifyInstance> {
  const readClient = clientAddressReader(options.trustedProxies);
  const app = Fastify({
    // Limits count clients: behind a trusted proxy, the client it names.
    ...(options.trustedProxies === undefined ? {} : {trustProxy: options.trustedProxies}),
    // Closing (tests, Ctrl-C) does not wait for kept-alive connections, such as an upload's.
    forceCloseConnections: true,
    logger: {level: 'info', serializers: logSerializers, ...(options.logStream ? {stream: options.logStream} : {})},
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
  });
  const database = openDatabase(options.databaseFile);
  app.addHook('onClose', async () => database.close());
  const store = new IncidentStore(database);
  const faults = new FaultSwitch();
  const context: SandboxContext = {
    operators: new OperatorAuth(options.operatorToken),
    limits: rateLimitSettings(options.rateLimits),
    testRoutes: options.testRoutes ?? false,
    isAllowedOrigin: originTest(options.allowedOrigins ?? []),
    clientOf: readClient,
    hosts: hostCheck(options.publicOrigin),
  };
  app.addHook('onRequest', async (request, reply) => {
    if (!context.hosts.allows(request.headers.host))
      return sendErrors(reply, 421, [
        jsonApiError(421, 'wrong-host', 'Not this endpoint', 'The request named a host this endpoint does not serve.'),
      ]);
    // No call takes a parameter twice; a repeated one would reach the routes as an array.
    const repeated = Object.entries(request.query as Record<string, unknown>).find(([, value]) => Array.isArray(value));
    if (repeated)
      return sendErrors(reply, 400, [
        jsonApiError(400, 'repeated-parameter', 'A parameter is repeated', `Send "${repeated[0]}" once.`),
      ]);
  });

  // Both kinds of JSON body: malformed or too deep is a 400, never a 500 that a client would retry.
  app.removeContentTypeParser('application/json');
  for (const [mediaType, expected] of [
    [JSON_API_MEDIA_TYPE, 'a JSON:API document'],
    ['application/json', 'a JSON object'],
  ] as const)
    app.addContentTypeParser(mediaType, {parseAs: 'string'}, (_request, body, done) => {
      try {
        done(null, parseJsonBody(body as string, expected));
      } catch (failure) {
        done(failure as JsonApiFailure, undefined);
      }
    });

  app.setErrorHandler((error: FastifyError | JsonApiFailure, request, reply) => {
    if (error instanceof JsonApiFailure) return sendErrors(reply, error.statusCode, error.errors);
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({code: error.code}, 'request failed');
    const code =
      status === 413
        ? 'too-large'
        : status === 415
          ? 'unsupported-media-type'
          : status === 400
            ? 'bad-request'
            : status >= 500
              ? 'server-error'
              : 'refused';
    const detail =
      status === 413
        ? 'The report is larger than the endpoint accepts.'
        : status >= 500
          ? 'Try again later.'
          : error.message;
    return sendErrors(reply, status, [
      jsonApiError(status, code, status >= 500 ? 'The endpoint failed' : 'The request was refused', detail),
    ]);
  });

  const corsOptions: FastifyCorsOptions = {
    origin: options.allowedOrigins ?? false,
    methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: [
      'Content-Type',
      'Idempotency-Key',
      // The back office's calls from an allowed origin (Storybook's stories that play the force).
      'Authorization',
      // tus 1.0
      'Tus-Resumable',
      'Upload-Length',
      'Upload-Offset',
      'Upload-Metadata',
      'Upload-Defer-Length',
      'Upload-Concat',
      'X-HTTP-Method-Override',
    ],
    exposedHeaders: ['Retry-After', 'Location', 'Tus-Resumable', 'Upload-Offset', 'Upload-Length', 'Upload-Expires'],
    maxAge: 600,
  };
  await app.register(cors, {
    // tus answers OPTIONS under /uploads itself, as its protocol asks: discovery (`Tus-Version`, `Tus-Extension`,
    // `Tus-Max-Size`) to any client, and a browser's preflight with the same origins as the rest of the API.
    delegator: (request, answer) =>
      answer(
        null,
        request.method === 'OPTIONS' && /^\/uploads(\/|\?|$)/.test(request.url) ? {origin: false} : corsOptions,
      ),
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const isHashWorker = request.url.split('?')[0] === HASH_WORKER_PATH && !options.hashWorkerWithoutWebAssembly;
    // A page that needs its own (the provider's card page) has set it already.
    if (!reply.hasHeader('Content-Security-Policy'))
      reply.header('Content-Security-Policy', isHashWorker ? HASH_WORKER_POLICY : CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    // The back office's pages send `same-origin`, so their own form posts carry a real Origin (not "null").
    if (!reply.hasHeader('Referrer-Policy')) reply.header('Referrer-Policy', 'no-referrer');
    return payload;
  });

  registerBackOfficeRoutes(app, context);
  registerIncidentRoutes(app, store, faults, context);
  registerInboxRoutes(app, store, registerFollowRoutes(app, database, store, context));
  registerAddressRoutes(app);
  registerForceRoutes(app);
  registerUploadRoutes(app, options.uploadDirectory, faults, context, options.unfinishedUploadsExpireAfterMs);
  if (options.removeUploadsOnClose)
    app.addHook('onClose', async () => rm(options.uploadDirectory, {recursive: true, force: true}));
  registerChatRoutes(app, database, options.chatHours, context);
  registerPaymentRoutes(app, database, context);
  if (context.testRoutes) registerTestRoutes(app, faults, options.uploadDirectory);

  // The demo force website (its pages, then the files beside them), and the library bundle exactly as a force
  // would serve it.
  registerSitePages(app, path.join(projectRoot, 'demo/site'));
  await app.register(fastifyStatic, {
    root: path.join(projectRoot, 'demo/site'),
    prefix: '/',
    // The agent console's page only through `/agent`, which the back office's sign-in guards.
    allowedPath: (pathName, _root, request) => request.routeOptions.url === '/agent' || pathName !== '/agent.html',
  });
  await app.register(fastifyStatic, {root: path.join(projectRoot, 'dist'), prefix: '/dist/', decorateReply: false});

  return app;
}

/** Switches for tests and the bench only (`testRoutes`): faults to inject, and the bench's plain-upload baseline. */
function registerTestRoutes(app: FastifyInstance, faults: FaultSwitch, uploadDirectory: string): void {
  app.post('/__faults', async (request, reply) => {
    const parsed = faultsRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      return sendErrors(reply, 422, [
        jsonApiError(422, 'invalid-fault', 'Not a fault the sandbox knows', parsed.error.issues[0]?.message ?? ''),
      ]);
    }
    faults.set(parsed.data);
    return reply.code(204).send();
  });
  app.get('/__faults', async () => faults.remaining());
  // `npm run bench`'s baseline for uploads: the same bytes sent by one plain PUT and written to a file beside
  // the uploads, as any upload must be stored (then removed): no protocol, no hashing.
  app.put('/__plain-upload', async (request, reply) => {
    const file = path.join(uploadDirectory, `plain-${randomUUID()}`);
    await pipeline(request.raw, createWriteStream(file));
    await rm(file);
    return reply.code(204).send();
  });
  app.delete('/__faults', async (_request, reply) => {
    faults.clear();
    return reply.code(204).send();
  });
}

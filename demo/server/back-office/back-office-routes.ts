import {createHmac, randomBytes, timingSafeEqual} from 'node:crypto';
import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify';
import {acceptFormBodies} from '../form-body.js';
import {jsonApiError, sendErrors} from '../json-api-errors.js';
import {sendTooMany} from '../limits/rate-limits.js';
import type {SandboxContext} from '../sandbox-context.js';
import {OPERATOR_COOKIE} from './operator-auth.js';
import {renderSignInPage} from './sign-in-page.js';

/**
 * The back office's routes (as the router matched them: `/inbox/:reference/status`), only for an operator.
 * Matched on the route, never on the raw address: `/%69nbox.json` or `http://host/inbox.json` reach the same
 * route by another spelling.
 */
const BACK_OFFICE = /^\/(inbox(\.json|\/.*)?|agent)$/;
/**
 * A stored file, downloaded: for the back office too. Its address reaches the person's device (an upload's
 * resume record), and a device can be read by someone else; resuming (`HEAD`, `PATCH`) needs no download.
 */
const STORED_FILE = '/uploads/:id';
/** Where a sign-in may lead: the back office's own pages, never anywhere else. */
const SIGN_IN_DESTINATIONS = new Set(['/inbox', '/agent']);

/** The route the router matched (its pattern), or nothing for an address no route serves. */
const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? '';

/**
 * Signing in to the back office, and the guard in front of it.
 *
 * Every `/inbox…` and `/agent` request must come from an operator: a script
 * with `Authorization: Bearer <SOH_OPERATOR_TOKEN>`, or a page signed in with
 * that secret (a session cookie: HttpOnly, SameSite=Strict). A page's form
 * post must also carry the session's CSRF token and come from the sandbox's
 * own origin (`Origin`, `Sec-Fetch-Site`): a site elsewhere cannot post a fake
 * "force" message, close a report or revoke a code with a signed-in
 * operator's cookie. Bearer calls carry no ambient credential, so they need
 * neither.
 */
export function registerBackOfficeRoutes(app: FastifyInstance, context: SandboxContext): void {
  const {operators} = context;
  const csrfKey = randomBytes(32);
  const csrfTokenFor = (session: string) => createHmac('sha256', csrfKey).update(session).digest('base64url');

  app.addHook('onRequest', async (request, reply) => {
    const path = routeOf(request);
    const download = request.method === 'GET' && path === STORED_FILE;
    if (!BACK_OFFICE.test(path) && path !== '/sign-in' && !download) return;
    // Under no-referrer a browser sends `Origin: null` even for a page's own form posts; the origin is no secret.
    reply.header('Referrer-Policy', 'same-origin');
    if (path === '/sign-in' || operators.isOperator(request.headers, context.clientOf(request.raw))) return;
    if (request.method === 'GET' && (path === '/inbox' || path === '/agent'))
      return reply.redirect(`/sign-in?next=${encodeURIComponent(path)}`, 303);
    reply.header('WWW-Authenticate', 'Bearer realm="soh-sandbox back office"');
    return sendErrors(reply, 401, [
      jsonApiError(401, 'not-signed-in', 'Sign in first', 'Send the operator token as Authorization: Bearer …'),
    ]);
  });

  app.addHook('preValidation', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !BACK_OFFICE.test(routeOf(request))) return;
    const body = request.body as Record<string, unknown> | undefined;
    const session = operators.sessionOf(request.headers);
    const bearer = request.headers.authorization?.startsWith('Bearer ') ?? false;
    if (!bearer) {
      if (session === undefined || !crossSiteSafe(request) || !sameToken(body?._csrf, csrfTokenFor(session)))
        return sendErrors(reply, 403, [
          jsonApiError(403, 'cross-site', 'Refused', 'Post from the back office’s own pages, signed in.'),
        ]);
    }
    if (body && typeof body === 'object') delete body._csrf;
  });

  /** The CSRF token for a signed-in page's forms. */
  app.decorateRequest('csrfToken', function (this: FastifyRequest): string {
    const session = operators.sessionOf(this.headers);
    return session === undefined ? '' : csrfTokenFor(session);
  });

  /** Same origin only: the browser says where a request came from (`Sec-Fetch-Site`, `Origin`). */
  function crossSiteSafe(request: FastifyRequest): boolean {
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return false;
    const origin = request.headers.origin;
    return origin === undefined || origin === context.hosts.publicOrigin(request.host);
  }

  void app.register(async (scope) => {
    acceptFormBodies(scope);
    scope.get<{Querystring: {next?: unknown}}>('/sign-in', async (request, reply) =>
      page(reply, 200, renderSignInPage(destination(request.query.next))),
    );

    scope.post('/sign-in', async (request, reply) => {
      const body = (request.body ?? {}) as {token?: unknown; next?: unknown};
      const next = destination(body.next);
      if (!crossSiteSafe(request)) return page(reply, 403, renderSignInPage(next, 'Sign in from this page.'));
      const verdict = operators.verify(body.token, context.clientOf(request.raw));
      if (verdict.wait) return sendTooMany(reply, verdict.wait);
      if (!verdict.matches)
        return page(reply, 401, renderSignInPage(next, 'Enter the operator token the sandbox was started with'));
      const secure = context.hosts.publicOrigin(request.host).startsWith('https:') ? '; Secure' : '';
      reply.header(
        'Set-Cookie',
        `${OPERATOR_COOKIE}=${operators.startSession()}; Path=/; HttpOnly; SameSite=Strict${secure}`,
      );
      return reply.redirect(next, 303);
    });

    scope.post('/sign-out', async (request, reply) => {
      const session = operators.sessionOf(request.headers);
      const body = (request.body ?? {}) as {_csrf?: unknown};
      if (session !== undefined && crossSiteSafe(request) && sameToken(body._csrf, csrfTokenFor(session)))
        operators.endSession(request.headers);
      reply.header('Set-Cookie', `${OPERATOR_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
      return reply.redirect('/', 303);
    });
  });
}

function destination(next: unknown): string {
  return typeof next === 'string' && SIGN_IN_DESTINATIONS.has(next) ? next : '/inbox';
}

function sameToken(candidate: unknown, expected: string): boolean {
  if (typeof candidate !== 'string' || candidate.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(candidate), Buffer.from(expected));
}

function page(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(html);
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in operator's CSRF token, for the forms on a back-office page. */
    csrfToken(): string;
  }
}

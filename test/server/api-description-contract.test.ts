import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {openApiDocument} from '../../scripts/api-description.js';
import {MAX_REPLY_LENGTH, REPORT_STATUSES, UPDATES_PAGE_SIZE} from '../../src/contract/follow.js';
import {JSON_API_ERROR_MEMBERS} from '../../src/contract/json-api-error.js';
import {FAILURE_CODES, PAYMENT_ITEMS, PAYMENT_STATES} from '../../src/contract/payments.js';
import {sitePageAddresses} from '../../demo/server/site/site-pages.js';
import {startTestSandbox} from './sandbox-helpers.js';

// The shipped OpenAPI document is written by hand beside src/contract/: these keep the two saying the same.

interface Schema {
  type?: string;
  enum?: unknown[];
  required?: string[];
  maxLength?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
}
interface Operation {
  requestBody?: {content: Record<string, {schema: Schema}>};
  responses: Record<string, {content?: Record<string, {schema: Schema}>}>;
}

const document = openApiDocument('0.0.0') as {
  paths: Record<string, Record<string, Operation>>;
  components: {schemas: Record<string, Schema>};
};
const {schemas} = document.components;
const requestSchema = (path: string) => document.paths[path].post.requestBody!.content['application/json'].schema;
const answerSchema = (path: string, method: string, status: string) =>
  document.paths[path][method].responses[status].content!['application/json'].schema;

/**
 * Routes the sandbox has that are not the endpoint's API, so not in the description: the test switches, tus
 * uploads (their own protocol, in docs/contract.md), the back office's and the payment provider's pages, the
 * CORS preflight and the static files (`*`, `/*`: the demo site's own and the library bundle), and opening a
 * chat (its body's limits are the sandbox's and the chat's own, described in docs/contract.md only).
 */
const NOT_DESCRIBED = [
  /^\/__/,
  /^\/uploads/,
  /^\/(inbox|inbox\.json|sign-in|sign-out|agent)$/,
  /^\/pay\//,
  /^\/?\*$/,
  /^\/chat\/sessions$/,
];

/** The demo force site's pages (GET), beside the API on the same paths sometimes (`/follow` is also the API's POST). */
const SITE_PAGE_ROUTES = new Set(sitePageAddresses().map((address) => address.replace(/:(\w+)/g, '{$1}')));

/** Every route the sandbox answers, with its methods (HEAD, made for each GET, left out), from Fastify's own tree. */
function sandboxRoutes(app: FastifyInstance): Map<string, string[]> {
  const routes = new Map<string, string[]>();
  const segments: string[] = [];
  for (const line of app.printRoutes({commonPrefix: false}).split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    segments.length = match[1].length / 4;
    segments.push(match[2]);
    if (match[3]) {
      const path = segments.join('').replace(/:(\w+)/g, '{$1}');
      routes.set(
        path,
        match[3].split(', ').filter((method) => method !== 'HEAD'),
      );
    }
  }
  return routes;
}

describe('the API description and the contract', () => {
  it('describes the JSON:API error object with the contract’s members', () => {
    const error = schemas.Errors.properties!.errors.items!;
    expect(Object.keys(error.properties!)).toEqual(Object.keys(JSON_API_ERROR_MEMBERS));
    expect(error.required).toEqual(
      Object.keys(JSON_API_ERROR_MEMBERS).filter(
        (member) => JSON_API_ERROR_MEMBERS[member as keyof typeof JSON_API_ERROR_MEMBERS] === 'required',
      ),
    );
  });

  it('has the contract’s limits', () => {
    expect(requestSchema('/status/messages').properties!.text.maxLength).toBe(MAX_REPLY_LENGTH);
    expect(requestSchema('/inbox/{reference}/messages').properties!.text.maxLength).toBe(MAX_REPLY_LENGTH);
    expect(answerSchema('/status', 'post', '200').properties!.updates.maxItems).toBe(UPDATES_PAGE_SIZE);
  });

  it('has the contract’s payment items, payment states, failure codes and report statuses', () => {
    expect(schemas.PaymentItems.items!.enum).toEqual(PAYMENT_ITEMS);
    expect(schemas.PaymentState.enum).toEqual(PAYMENT_STATES);
    expect(answerSchema('/payments/{id}', 'get', '200').properties!.failureCode.enum).toEqual(FAILURE_CODES);
    expect(schemas.ReportUpdate.properties!.status.enum).toEqual(REPORT_STATUSES);
  });

  describe('against the sandbox', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      ({app} = await startTestSandbox());
      await app.ready();
    });
    afterAll(() => app.close());

    it('describes every route of the sandbox’s API, with its methods', () => {
      const routes = sandboxRoutes(app);
      expect(routes.get('/incidents')).toEqual(['POST']);
      const undescribed = [...routes]
        .filter(([path]) => !NOT_DESCRIBED.some((pattern) => pattern.test(path)))
        .flatMap(([path, methods]) =>
          methods
            .filter((method) => !(method === 'GET' && SITE_PAGE_ROUTES.has(path)))
            .filter((method) => !document.paths[path]?.[method.toLowerCase()])
            .map((method) => `${method} ${path}`),
        );
      expect(undescribed).toEqual([]);
    });

    it('describes only routes the sandbox has', () => {
      const routes = sandboxRoutes(app);
      const missing = Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations)
          .filter((method) => !routes.get(path)?.includes(method.toUpperCase()))
          .map((method) => `${method.toUpperCase()} ${path}`),
      );
      expect(missing).toEqual([]);
    });
  });
});

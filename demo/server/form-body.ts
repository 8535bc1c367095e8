import type {FastifyInstance} from 'fastify';

/** Lets a scope take the URL-encoded bodies plain HTML forms post (the sandbox's own pages have no script). */
export function acceptFormBodies(scope: FastifyInstance): void {
  scope.addContentTypeParser(
    'application/x-www-form-urlencoded',
    {parseAs: 'string', bodyLimit: 16 * 1024},
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
}

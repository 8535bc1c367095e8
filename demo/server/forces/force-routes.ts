import type {FastifyInstance} from 'fastify';
import {normalisePostcode} from '../../../src/contract/postcode.js';
import type {ForceLocation} from '../../../src/contract/force-location.js';
import {jsonApiError, sendErrors} from '../json-api-errors.js';
import {forceByPostcodeArea} from './force-areas.js';

/** `GET /forces/locate?postcode=`: which force covers a postcode (national mode). */
export function registerForceRoutes(app: FastifyInstance): void {
  app.get<{Querystring: {postcode?: string}}>('/forces/locate', async (request, reply) => {
    const postcode = normalisePostcode(request.query.postcode ?? '');
    if (!postcode) {
      return sendErrors(reply, 400, [
        jsonApiError(400, 'invalid-postcode', 'Not a postcode', 'Send a UK postcode, like CM1 1AA.', '/postcode'),
      ]);
    }
    const area = /^[A-Z]+/.exec(postcode)![0];
    const forceId = forceByPostcodeArea[area];
    reply.header('Cache-Control', 'no-store');
    if (!forceId) {
      return sendErrors(reply, 404, [
        jsonApiError(404, 'force-not-found', 'No force found', 'No force in this sandbox covers that postcode.'),
      ]);
    }
    return {data: {type: 'force', id: forceId}} satisfies ForceLocation;
  });
}

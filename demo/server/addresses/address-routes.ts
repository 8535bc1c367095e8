import type {FastifyInstance} from 'fastify';
import {jsonApiError, sendErrors} from '../json-api-errors.js';
import {addressFixtures} from './address-fixtures.js';
import {normalisePostcode} from '../../../src/contract/postcode.js';
import type {AddressLookup} from '../../../src/contract/address-lookup.js';

/** `GET /addresses?postcode=`: the postcode look-up, answered from a fixture set. */
export function registerAddressRoutes(app: FastifyInstance): void {
  app.get<{Querystring: {postcode?: string}}>('/addresses', async (request, reply) => {
    const postcode = normalisePostcode(request.query.postcode ?? '');
    if (!postcode) {
      return sendErrors(reply, 400, [
        jsonApiError(400, 'invalid-postcode', 'Not a postcode', 'Send a UK postcode, like CM1 1AA.', '/postcode'),
      ]);
    }
    // A look-up says where someone lives: never cached on the way.
    reply.header('Cache-Control', 'no-store');
    return {data: addressFixtures.filter((address) => address.postcode === postcode)} satisfies AddressLookup;
  });
}

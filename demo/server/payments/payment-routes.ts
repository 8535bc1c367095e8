import type {FastifyInstance} from 'fastify';
import {z} from 'zod';
import {jsonApiError, sendErrors} from '../json-api-errors.js';
import {feeFor} from './fee-table.js';

const action = z.enum(['grant', 'renewal']);

/** What is being paid for, as a query string (`?firearm=grant&shotgun=renewal`): names, never an amount. */
const feeItemsSchema = z
  .object({
    firearm: action.optional(),
    shotgun: action.optional(),
    variation: z.enum(['standard', 'one-for-one']).optional(),
    replacement: z.enum(['true', 'false']).optional(),
  })
  .strict();

/**
 * Firearms licensing payments. So far: `GET /payments/fee`, the fee the
 * endpoint will charge for what is named, line by line, for the payment
 * element to show before anyone pays (issue 7 adds creating and following
 * payments).
 */
export function registerPaymentRoutes(app: FastifyInstance): void {
  app.get('/payments/fee', async (request, reply) => {
    const parsed = feeItemsSchema.safeParse(request.query);
    if (!parsed.success)
      return sendErrors(reply, 400, [
        jsonApiError(
          400,
          'invalid-items',
          'Not something the endpoint charges for',
          parsed.error.issues[0]?.message ?? '',
        ),
      ]);
    const {replacement, ...rest} = parsed.data;
    const {lines, totalPence} = feeFor({...rest, replacement: replacement === 'true'});
    return reply.send({lines, amount: totalPence});
  });
}

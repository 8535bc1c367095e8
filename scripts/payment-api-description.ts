/**
 * The payment calls of the endpoint contract (docs/contract.md), for the
 * OpenAPI document: GOV.UK Pay's shape, the items named and never an amount.
 */
import {FAILURE_CODES, PAYMENT_ITEMS, PAYMENT_STATES} from '../src/contract/payments.js';

type Failure = (description: string, retryAfter?: boolean) => object;

export const paymentSchemas = {
  PaymentItems: {
    type: 'array',
    items: {enum: [...PAYMENT_ITEMS]},
    minItems: 1,
    uniqueItems: true,
    description:
      'What is paid for: at most one firearm and one shotgun certificate action (both together are one coterminous fee), a variation, a replacement.',
  },
  PaymentRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['service', 'items', 'reference', 'returnUrl', 'language'],
    properties: {
      service: {const: 'firearms-licence'},
      items: {$ref: '#/components/schemas/PaymentItems'},
      reference: {type: 'string', description: 'The application’s customer reference number.'},
      returnUrl: {
        type: 'string',
        format: 'uri',
        description: 'Where the provider sends the payer back; on a site the endpoint knows. It carries no outcome.',
      },
      language: {enum: ['en', 'cy']},
    },
  },
  PaymentState: {enum: [...PAYMENT_STATES]},
};

export function paymentPaths(failure: Failure): object {
  const json = (schema: object) => ({content: {'application/json': {schema}}});
  return {
    '/payments/fee': {
      get: {
        summary: 'The fee for what is named, line by line, worded in the payer’s language',
        parameters: [
          {name: 'items', in: 'query', required: true, schema: {type: 'string'}, description: 'Comma-separated items.'},
          {name: 'language', in: 'query', schema: {enum: ['en', 'cy']}},
        ],
        responses: {
          200: {
            description: 'The fee, in pence.',
            ...json({
              type: 'object',
              required: ['lines', 'amount'],
              properties: {
                lines: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['description', 'pence'],
                    properties: {description: {type: 'string'}, pence: {type: 'integer'}},
                  },
                },
                amount: {type: 'integer'},
              },
            }),
          },
          400: failure('Not something the endpoint charges for, or items that cannot go together.'),
        },
      },
    },
    '/payments': {
      post: {
        summary: 'Create a payment (the amount is the endpoint’s own)',
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            schema: {type: 'string', format: 'uuid'},
            description: 'The same on every retry of one payment; a new one only after a payment has failed.',
          },
        ],
        requestBody: {required: true, ...json({$ref: '#/components/schemas/PaymentRequest'})},
        responses: {
          201: {
            description: 'Created (or found again by its key). Send the payer, alone, to nextUrl.',
            ...json({
              type: 'object',
              required: ['paymentId', 'state', 'amount', 'nextUrl'],
              properties: {
                paymentId: {
                  type: 'string',
                  description:
                    'Unguessable; the only way to read the state. Keep it in the browser that started the payment.',
                },
                state: {$ref: '#/components/schemas/PaymentState'},
                amount: {type: 'integer', description: 'Pence.'},
                nextUrl: {type: 'string', format: 'uri'},
              },
            }),
          },
          400: failure('No Idempotency-Key. Do not retry.'),
          409: failure(
            'The application is paid for already (already-paid), or the key was used for another payment (key-reused).',
          ),
          422: failure(
            'The request breaks a rule (source.pointer names it), or there is nothing to pay. Do not retry.',
          ),
          503: failure('Busy or down: retry with back-off, with the same key.', true),
        },
      },
    },
    '/payments/{id}': {
      get: {
        summary: 'How a payment stands (never cached)',
        parameters: [{name: 'id', in: 'path', required: true, schema: {type: 'string'}}],
        responses: {
          200: {
            description: 'The payment’s state, as GOV.UK Pay names it.',
            ...json({
              type: 'object',
              required: ['state', 'amount', 'reference'],
              properties: {
                state: {$ref: '#/components/schemas/PaymentState'},
                amount: {type: 'integer'},
                reference: {type: 'string'},
                failureCode: {
                  enum: [...FAILURE_CODES],
                  description: 'Declined, expired, cancelled by the payer, cancelled by the service, provider error.',
                },
                receipt: {type: 'string', description: 'The provider’s reference, once paid.'},
              },
            }),
          },
          404: failure('No such payment.'),
        },
      },
    },
  };
}

/**
 * The elements' look-ups, for the OpenAPI document: the addresses at a
 * postcode (`<soh-address>`), the force that covers one (`<soh-force-picker>`),
 * and whether chats are taken now (`<soh-live-chat>`). The answers are the
 * contract's `AddressLookup`, `ForceLocation` and `ChatStatus`.
 */
type Failure = (description: string, retryAfter?: boolean) => object;

const json = (schema: object) => ({content: {'application/json': {schema}}});
const postcode = {
  name: 'postcode',
  in: 'query',
  required: true,
  schema: {type: 'string'},
  description: 'A UK postcode, in any case and spacing.',
};

export function lookupPaths(failure: Failure): object {
  return {
    '/addresses': {
      get: {
        summary: 'The addresses at a postcode (never cached)',
        parameters: [postcode],
        responses: {
          200: {
            description: 'Every address with that postcode; none is an empty list.',
            ...json({
              type: 'object',
              required: ['data'],
              properties: {
                data: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['uprn', 'line1', 'town', 'postcode'],
                    properties: {
                      uprn: {type: 'string', description: 'The Unique Property Reference Number.'},
                      line1: {type: 'string'},
                      line2: {type: 'string'},
                      town: {type: 'string'},
                      postcode: {type: 'string', description: 'Written the standard way: `CM1 1AA`.'},
                    },
                  },
                },
              },
            }),
          },
          400: failure('Not a postcode.'),
        },
      },
    },
    '/forces/locate': {
      get: {
        summary: 'The force that covers a postcode (never cached)',
        parameters: [postcode],
        responses: {
          200: {
            description: 'The force, by its id in the package’s table of forces.',
            ...json({
              type: 'object',
              required: ['data'],
              properties: {
                data: {
                  type: 'object',
                  required: ['type', 'id'],
                  properties: {type: {const: 'force'}, id: {type: 'string'}},
                },
              },
            }),
          },
          400: failure('Not a postcode.'),
          404: failure('No force known for that postcode.'),
        },
      },
    },
    '/chat/status': {
      get: {
        summary: 'Whether chats are taken now, and how busy (never cached)',
        responses: {
          200: {
            description: 'The element offers a chat only when it is open and an agent is free.',
            ...json({
              type: 'object',
              required: ['open', 'hours', 'agentsAvailable', 'queueLength', 'estimatedWaitSeconds'],
              properties: {
                open: {type: 'boolean'},
                hours: {
                  description: 'When chats are taken, in UK time ("08:00" to "20:00"); null: at any hour.',
                  oneOf: [
                    {
                      type: 'object',
                      required: ['opens', 'closes'],
                      properties: {opens: {type: 'string'}, closes: {type: 'string'}},
                    },
                    {type: 'null'},
                  ],
                },
                agentsAvailable: {type: 'integer', minimum: 0},
                queueLength: {type: 'integer', minimum: 0, description: 'Chats waiting for an agent.'},
                estimatedWaitSeconds: {type: 'integer', minimum: 0, description: 'For a chat opened now.'},
              },
            }),
          },
        },
      },
    },
  };
}

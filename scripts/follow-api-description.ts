/**
 * Following a report, for the OpenAPI document: the code made for the
 * sender, the status read a page at a time and answered with the reference
 * and code in the body (the person types the code: no address ever holds
 * it), the back office's calls.
 */
import {MAX_REPLY_LENGTH, REPORT_STATUSES, UPDATES_PAGE_SIZE} from '../src/contract/follow.js';

type Failure = (description: string, retryAfter?: boolean) => object;

const json = (schema: object) => ({content: {'application/json': {schema}}});
const access = {
  type: 'object',
  required: ['reference', 'code'],
  properties: {reference: {type: 'string'}, code: {type: 'string', description: 'The access code, as typed.'}},
};

export const followSchemas = {
  ReportUpdate: {
    type: 'object',
    required: ['id', 'at', 'kind', 'from'],
    properties: {
      id: {type: 'integer'},
      at: {type: 'string', format: 'date-time'},
      kind: {enum: ['status', 'message']},
      status: {enum: [...REPORT_STATUSES]},
      text: {type: 'string', description: 'The crime reference or outcome (status), or the message.'},
      from: {enum: ['force', 'person']},
    },
  },
};

export function followPaths(failure: Failure): object {
  const wrongOrLocked = {
    401: failure(
      'The reference or the code is not right (the same answer for an unknown reference or a revoked code).',
    ),
    429: failure(
      'Retry-After says how long to wait. `too-many-requests`: this client called too often. `slow-down` (10 s ' +
        'or less): after five wrong codes for this report from this client, or from anyone while this client has ' +
        'wrong codes of its own for it, each try waits (1, 2, 4, 8 s). `locked` (over 10 s, at most 60): this ' +
        'client has had nine or more wrong codes for this report. Nobody without wrong codes of their own is ' +
        'ever held back.',
      true,
    ),
  };
  return {
    '/follow': {
      post: {
        summary: 'Make the access code to follow a report (once, for the browser that sent it)',
        requestBody: json({
          type: 'object',
          required: ['reference', 'submissionKey'],
          properties: {
            reference: {type: 'string'},
            submissionKey: {type: 'string', description: 'The Idempotency-Key the report was sent with.'},
          },
        }),
        responses: {
          201: {
            description: 'The code, shown once (no-store).',
            ...json({type: 'object', properties: {reference: {type: 'string'}, code: {type: 'string'}}}),
          },
          403: failure('Not the browser that sent the report.'),
          409: failure('Already followed: the code is never shown again.'),
        },
      },
    },
    '/status': {
      post: {
        summary: 'The report’s statuses and conversation, a page at a time (no personal data; no-store)',
        requestBody: json({
          ...access,
          properties: {
            ...access.properties,
            after: {
              type: 'integer',
              minimum: 0,
              description:
                'The id of the last update the caller already has: only later ones are answered. Leave it out ' +
                'for the start of the history; a page that says `more` is followed by asking after its last update. ' +
                'Anything but a whole number of 0 or more is a 400.',
            },
          },
        }),
        responses: {
          200: {
            description: `The report as the person may see it: at most ${UPDATES_PAGE_SIZE} updates, oldest first.`,
            ...json({
              type: 'object',
              required: ['reference', 'updates', 'more', 'closed'],
              properties: {
                reference: {type: 'string'},
                updates: {
                  type: 'array',
                  maxItems: UPDATES_PAGE_SIZE,
                  items: {$ref: '#/components/schemas/ReportUpdate'},
                },
                more: {type: 'boolean', description: 'Later updates follow: ask again after the last one here.'},
                closed: {type: 'boolean'},
              },
            }),
          },
          ...wrongOrLocked,
        },
      },
    },
    '/status/messages': {
      post: {
        summary: 'The person replies or adds information',
        requestBody: json({
          ...access,
          required: ['reference', 'code', 'text'],
          properties: {...access.properties, text: {type: 'string', maxLength: MAX_REPLY_LENGTH}},
        }),
        responses: {
          201: {description: 'Stored.', ...json({$ref: '#/components/schemas/ReportUpdate'})},
          ...wrongOrLocked,
          409: failure('The report is closed.'),
          422: failure('No text, or too long.'),
        },
      },
    },
    '/inbox/{reference}/status': {
      post: {
        summary: 'Back office: set the report’s status',
        parameters: [{name: 'reference', in: 'path', required: true, schema: {type: 'string'}}],
        requestBody: json({
          type: 'object',
          required: ['status'],
          properties: {
            // `received` is the endpoint's own, set when the report arrives.
            status: {enum: REPORT_STATUSES.filter((status) => status !== 'received')},
            text: {type: 'string', maxLength: 200},
          },
        }),
        responses: {204: {description: 'Set.'}, 404: failure('No such report.'), 422: failure('Not a status.')},
      },
    },
    '/inbox/{reference}/messages': {
      post: {
        summary: 'Back office: write to the person',
        parameters: [{name: 'reference', in: 'path', required: true, schema: {type: 'string'}}],
        requestBody: json({
          type: 'object',
          required: ['text'],
          properties: {text: {type: 'string', maxLength: MAX_REPLY_LENGTH}},
        }),
        responses: {204: {description: 'Stored.'}, 404: failure('No such report.'), 422: failure('No text.')},
      },
    },
    '/inbox/{reference}/revoke': {
      post: {
        summary: 'Back office: revoke the access code (it opens nothing after)',
        parameters: [{name: 'reference', in: 'path', required: true, schema: {type: 'string'}}],
        responses: {204: {description: 'Revoked.'}, 404: failure('The report is not followed.')},
      },
    },
  };
}

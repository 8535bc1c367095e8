/**
 * Following a report (issue 9), for the OpenAPI document: the code made for
 * the sender, the status read and answered with the reference and code in
 * the body, the back office's calls.
 */
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
      status: {enum: ['received', 'assessed', 'crime-reference', 'officer-assigned', 'closed']},
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
      'Too many wrong codes for this report or from this client: locked; Retry-After says for how long.',
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
        summary: 'The report’s statuses and conversation (no personal data; no-store)',
        requestBody: json(access),
        responses: {
          200: {
            description: 'The report as the person may see it.',
            ...json({
              type: 'object',
              required: ['reference', 'updates', 'closed'],
              properties: {
                reference: {type: 'string'},
                updates: {type: 'array', items: {$ref: '#/components/schemas/ReportUpdate'}},
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
          properties: {...access.properties, text: {type: 'string', maxLength: 2000}},
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
            status: {enum: ['assessed', 'crime-reference', 'officer-assigned', 'closed']},
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
        requestBody: json({type: 'object', required: ['text'], properties: {text: {type: 'string', maxLength: 2000}}}),
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

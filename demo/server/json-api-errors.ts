import type {FastifyReply} from 'fastify';
import type {JsonApiError, JsonApiErrorDocument} from '../../src/contract/json-api-error.js';

export const JSON_API_MEDIA_TYPE = 'application/vnd.api+json';

export function jsonApiError(
  status: number,
  code: string,
  title: string,
  detail: string,
  pointer?: string,
): JsonApiError {
  return {status: String(status), code, title, detail, ...(pointer === undefined ? {} : {source: {pointer}})};
}

export function sendErrors(reply: FastifyReply, status: number, errors: JsonApiError[]): FastifyReply {
  return reply
    .code(status)
    .type(JSON_API_MEDIA_TYPE)
    .send({errors} satisfies JsonApiErrorDocument);
}

/** An error thrown from a parser or hook that the error handler turns into a JSON:API answer. */
export class JsonApiFailure extends Error {
  readonly statusCode: number;
  readonly errors: JsonApiError[];

  constructor(statusCode: number, errors: JsonApiError[]) {
    super(errors[0]?.title ?? 'Request failed');
    this.statusCode = statusCode;
    this.errors = errors;
  }
}

/*
 * How the endpoint says no (docs/contract.md): JSON:API error objects, sent
 * as application/vnd.api+json. `status` is the HTTP status as a string; the
 * `code` is what clients branch on.
 */

/** One JSON:API error object. */
export interface JsonApiError {
  status: string;
  code: string;
  title: string;
  detail: string;
  /** The part of the request at fault, as a JSON pointer (`/data/attributes/…`). */
  source?: {pointer: string};
}

/** The body of every JSON:API error answer. */
export interface JsonApiErrorDocument {
  errors: JsonApiError[];
}

/** Each member of `T`, and whether every value has it. */
type Presence<T> = {[K in keyof T]-?: object extends Pick<T, K> ? 'optional' : 'required'};

/**
 * The error object's members as data, which the typecheck holds to the type
 * above, so the API description can be tested against it.
 */
export const JSON_API_ERROR_MEMBERS: Presence<JsonApiError> = {
  status: 'required',
  code: 'required',
  title: 'required',
  detail: 'required',
  source: 'optional',
};

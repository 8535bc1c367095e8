/**
 * What one story exchanged with the sandbox, as recorded by `npm run
 * stories:record` (the story tests, run against the real sandbox) and
 * answered again by a static Storybook, which has no sandbox.
 *
 * Every address is kept relative to the endpoint, and the endpoint's own
 * address inside a body or a header is written `{endpoint}`: a recording made
 * against http://localhost:8093/ answers for whatever address the published
 * Storybook gives its endpoint.
 */
export interface RecordedExchange {
  method: string;
  /** Relative to the endpoint, with its query: `payments/fee?items=firearm-grant`. */
  path: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One WebSocket the story opened to the sandbox, and what the sandbox sent down it, when. */
export interface RecordedSocket {
  path: string;
  frames: Array<{afterMs: number; data: string}>;
  closed?: {afterMs: number; code: number; reason: string};
}

export interface StoryRecording {
  exchanges: RecordedExchange[];
  sockets: RecordedSocket[];
}

export const ENDPOINT_PLACEHOLDER = '{endpoint}';

/** The story's recording file, by its Storybook id (`widgets-payment--paid`). */
export const recordingFile = (storyId: string): string => `${storyId}.json`;

/**
 * Response headers worth answering again: what the elements read (content
 * type, tus's offsets and location, a wait), not the transport's (date,
 * length, keep-alive, CORS: a replayed answer comes from the page's own origin).
 */
const KEPT_HEADERS = /^(content-type|location|retry-after|cache-control|tus-[a-z-]+|upload-[a-z-]+)$/i;

export function keptHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) if (KEPT_HEADERS.test(name)) kept[name.toLowerCase()] = value;
  return kept;
}

/** `text` with each occurrence of `from` written as `to` (an endpoint's address to or from the placeholder). */
export const swapEndpoint = (text: string, from: string, to: string): string => text.split(from).join(to);

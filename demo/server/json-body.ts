import {jsonApiError, JsonApiFailure} from './json-api-errors.js';

/**
 * Deeper than any document the endpoint takes (an SDM document is about six
 * levels deep). Checked before parsing: a body nested 200,000 deep parses, but
 * then overflows the stack of whatever walks it, which would be a 500 that
 * clients retry.
 */
const MAX_DEPTH = 32;

function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_DEPTH) return deepest;
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) depth--;
  }
  return deepest;
}

/**
 * A request body as JSON, or a `400` the sender must not retry: malformed,
 * or nested deeper than any document this endpoint takes.
 */
export function parseJsonBody(text: string, expected: string): unknown {
  if (nestingDepth(text) > MAX_DEPTH)
    throw new JsonApiFailure(400, [
      jsonApiError(
        400,
        'too-deep',
        'The body is nested too deeply',
        `Send ${expected}, nested ${MAX_DEPTH} levels or fewer.`,
      ),
    ]);
  try {
    return JSON.parse(text);
  } catch {
    throw new JsonApiFailure(400, [
      jsonApiError(400, 'malformed-json', 'The body is not valid JSON', `Send ${expected}.`),
    ]);
  }
}

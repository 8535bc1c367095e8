/** Where a value lies in a JSON text: from its key (for an object's member) to the end of its value. */
export interface TextSpan {
  start: number;
  end: number;
}

const escapeSegment = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Every value of a JSON text by its JSON Pointer (RFC 6901), with where it lies, so a finding's pointer can be shown
 * in the text it came from. The text must be JSON (`JSON.parse` accepted it).
 */
export function jsonLocations(text: string): Map<string, TextSpan> {
  const spans = new Map<string, TextSpan>();
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  const readString = (): string => {
    const start = at;
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const readValue = (pointer: string, start: number): void => {
    skipSpace();
    const first = text[at];
    if (first === '{' || first === '[') {
      const close = first === '{' ? '}' : ']';
      at++;
      skipSpace();
      let index = 0;
      while (at < text.length && text[at] !== close) {
        skipSpace();
        if (first === '{') {
          const keyStart = at;
          const key = readString();
          skipSpace();
          at++; // the colon
          readValue(`${pointer}/${escapeSegment(key)}`, keyStart);
        } else {
          readValue(`${pointer}/${index++}`, at);
        }
        skipSpace();
        if (text[at] === ',') at++;
        skipSpace();
      }
      at++;
    } else if (first === '"') {
      readString();
    } else {
      while (at < text.length && !/[\s,\]}]/.test(text[at])) at++;
    }
    spans.set(pointer, {start, end: at});
  };
  skipSpace();
  readValue('', at);
  return spans;
}

/**
 * Where `pointer` lies in `text`; for something missing (a `cy` not written), where its nearest existing parent
 * lies. Undefined when the text is not JSON.
 */
export function locate(text: string, pointer: string): TextSpan | undefined {
  let spans: Map<string, TextSpan>;
  try {
    JSON.parse(text);
    spans = jsonLocations(text);
  } catch {
    return undefined;
  }
  for (let path = pointer; ; path = path.slice(0, path.lastIndexOf('/'))) {
    const span = spans.get(path);
    if (span) return span;
    if (path === '') return undefined;
  }
}

/** Where `JSON.parse` stopped, from its message ("… in JSON at position 120 (line 4 column 7)"), if it says. */
export function syntaxErrorPosition(error: unknown): number | undefined {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  return position ? Number(position[1]) : undefined;
}

import type {OutgoingHttpHeaders, ServerResponse} from 'node:http';

type HeaderList = OutgoingHttpHeaders | Array<string | [string, string]> | undefined;

function filtered(headers: HeaderList, name: string): HeaderList {
  if (headers === undefined) return headers;
  if (!Array.isArray(headers))
    return Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name));
  if (headers.every((entry) => Array.isArray(entry)))
    return (headers as Array<[string, string]>).filter(([key]) => key.toLowerCase() !== name);
  // A flat list: name, value, name, value…
  const flat = headers as string[];
  const kept: string[] = [];
  for (let index = 0; index < flat.length; index += 2)
    if (String(flat[index]).toLowerCase() !== name) kept.push(flat[index], flat[index + 1]);
  return kept;
}

/**
 * Leaves one header out of a response that another library writes by itself
 * (tus answers `HEAD` through Node's `writeHead`): the header, whatever case
 * it is written in and however the headers are listed.
 */
export function withoutHeader(response: ServerResponse, header: string): void {
  const name = header.toLowerCase();
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const [first, second] = rest;
    if (typeof first === 'string') return writeHead(status, first, filtered(second as HeaderList, name));
    return writeHead(status, filtered(first as HeaderList, name));
  }) as ServerResponse['writeHead'];
  const setHeader = response.setHeader.bind(response);
  response.setHeader = ((key: string, value: unknown) =>
    key.toLowerCase() === name ? response : setHeader(key, value as never)) as ServerResponse['setHeader'];
}

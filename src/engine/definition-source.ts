import {httpAddress} from '../core/safe-url.js';
import {endpointFetch} from '../core/transport/endpoint-fetch.js';
import {isRetryableStatus} from '../core/transport/retry-policy.js';
import type {ServiceDefinition} from './definition.js';
import type {DefinitionFinding} from './definition-checks.js';
import {DEFINITION_LIMITS, readDefinition} from './definition-document.js';
import type {ServiceModule, ServiceSending} from './service-module.js';

/*
 * `<soh-report-form src>` and its `definition` property: a service definition as a document, loaded while the page
 * runs. Loaded by the form only when one of them is used (a dynamic import), so a page with `service=` downloads
 * none of this, nor the schema and zod it needs.
 */

/**
 * What came of loading a definition: the service; or `unavailable`, the page's mistake, which trying again will not
 * mend (the form shows that it is not available here); or `unreachable`, which may pass (offline, the server busy),
 * so the form offers to try again.
 */
export type DefinitionLoad = {module: ServiceModule} | {problem: 'unavailable' | 'unreachable'};

/** How long to wait for a definition before saying it could not be loaded: a phone on a poor signal, not a hang. */
const WAIT_MS = 30_000;
/** At most this many findings in the console: a hostile document could have thousands. */
const FINDINGS_SHOWN = 30;

const PREFIX = '[soh-elements] <soh-report-form>:';

/**
 * Loads the definition the form was given: `definition` (an object the page holds) over `src` (an address, fetched
 * only from the page's own origin or the endpoint's: a strict Content Security Policy's `connect-src` names those
 * already, and a definition decides what a person is asked and where their answers go). Every problem is told to
 * the developer in the console.
 */
export async function loadDefinition(given: {
  definition?: unknown;
  src?: string;
  endpoint?: URL;
}): Promise<DefinitionLoad> {
  if (given.definition != null) return fromDocument(given.definition, 'definition');
  const url = httpAddress(given.src);
  // A user name or password in it would make fetch refuse it, which reads as offline: it is the page's mistake.
  if (!url || url.username || url.password) {
    console.error(
      `${PREFIX} src "${given.src}" is not an http(s) address without credentials, so no definition is loaded.`,
    );
    return {problem: 'unavailable'};
  }
  const allowed = [...new Set([location.origin, given.endpoint?.origin])].filter((origin) => origin !== undefined);
  if (!allowed.includes(url.origin)) {
    console.error(
      `${PREFIX} src "${url.href}" is not requested: a definition is loaded only from the page's own origin or the ` +
        `endpoint's (${allowed.join(', ')}).`,
    );
    return {problem: 'unavailable'};
  }
  const text = await fetchText(url);
  if (typeof text !== 'string') return text;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return refuse(url.href, [{pointer: '', message: `Not JSON (${(error as Error).message})`}]);
  }
  return fromDocument(document, url.href);
}

/** The definition's text, or why there is none. */
async function fetchText(url: URL): Promise<string | {problem: 'unavailable' | 'unreachable'}> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), WAIT_MS);
  try {
    // Not followed: a redirect could lead to an origin the form must not ask.
    const response = await endpointFetch(url, {
      headers: {accept: 'application/json'},
      redirect: 'manual',
      signal: controller.signal,
    });
    if (response.type === 'opaqueredirect') {
      console.error(`${PREFIX} src "${url.href}" redirects: give the definition's own address.`);
      return {problem: 'unavailable'};
    }
    if (!response.ok) {
      console.error(`${PREFIX} src "${url.href}" answered ${response.status}, so no definition is loaded.`);
      return {problem: isRetryableStatus(response.status) ? 'unreachable' : 'unavailable'};
    }
    const text = await boundedText(response);
    if (text === undefined)
      return refuse(url.href, [
        {pointer: '', message: `Longer than ${DEFINITION_LIMITS.bytes} bytes: no definition needs that`},
      ]);
    return text;
  } catch (error) {
    // Offline, the connection dropped, no answer in time, or (to a script, it looks the same) refused by CORS.
    console.error(`${PREFIX} src "${url.href}" could not be loaded (${String(error)}).`);
    return {problem: 'unreachable'};
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, read no further than {@link DEFINITION_LIMITS}' bytes: undefined when it is longer. */
async function boundedText(response: Response): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > DEFINITION_LIMITS.bytes) return undefined;
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > DEFINITION_LIMITS.bytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function fromDocument(document: unknown, where: string): DefinitionLoad {
  const reading = readDefinition(document);
  if ('findings' in reading) return refuse(where, reading.findings);
  return {module: definitionModule(reading.definition)};
}

/** Tells the developer each problem, as `npx soh-elements check-service` does: `where#/json/pointer: what to do`. */
function refuse(where: string, findings: ReadonlyArray<DefinitionFinding>): {problem: 'unavailable'} {
  console.error(
    `${PREFIX} the service definition ${where} is not usable, so the form says it is not available ` +
      `(${findings.length} ${findings.length === 1 ? 'problem' : 'problems'}; ` +
      'npx soh-elements check-service checks a definition before it is published).',
  );
  for (const {pointer, message} of findings.slice(0, FINDINGS_SHOWN))
    console.error(`${PREFIX} ${where}#${pointer}: ${message}`);
  if (findings.length > FINDINGS_SHOWN)
    console.error(`${PREFIX} ${where}: and ${findings.length - FINDINGS_SHOWN} more problems.`);
  return {problem: 'unavailable'};
}

/** A checked definition as a service: what it sends loads, like a service's, once the person is on their way. */
function definitionModule(definition: ServiceDefinition): ServiceModule {
  let sending: Promise<ServiceSending> | undefined;
  return {
    definition,
    storageName: `definition:${definition.id}`,
    sending: () =>
      (sending ??= import('./definition-sending.js').then(
        (module) => module.definitionSending(definition),
        (error: unknown) => {
          // Not kept: a load that failed (the device went offline) is tried again when next needed.
          sending = undefined;
          throw error;
        },
      )),
  };
}

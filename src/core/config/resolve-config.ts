import type {Force} from '../../forces/forces.js';
import type {SohConfigValue} from './config-context.js';

export type ConfigSetting = 'force' | 'endpoint';

export type ConfigProblem =
  | {kind: 'force-missing'}
  | {kind: 'force-unknown'; value: string}
  | {kind: 'endpoint-missing'}
  | {kind: 'endpoint-invalid'; value: string};

export interface ResolvedConfig {
  /** The force's id as data.police.uk writes it (trimmed, lower case). */
  forceId?: string;
  /** The force's details, for an element that asked for them (and when the id is one we know). */
  force?: Force;
  /** The element asked for the force's details, and the table of forces is still on its way. */
  forcePending?: boolean;
  /** The endpoint's base URL, always ending in `/` so paths join onto it. */
  endpoint?: URL;
  /** Problems that stop the element working: it shows them instead of itself. */
  blocking: ConfigProblem[];
  /** Problems the element can live with (an unknown force where none is needed): reported in the console only. */
  warnings: ConfigProblem[];
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads an endpoint. Relative values resolve against the page, so a force can
 * write `endpoint="/sih"`. Reports only travel over HTTPS, except to a
 * sandbox on this machine.
 */
export function parseEndpoint(value: string, base: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  if (!secure || url.username || url.password) return undefined;
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/**
 * Merges an element's own settings with those handed down by `<soh-config>`
 * (the element's own win) and checks them against what the element needs.
 * With `findForce` (the table of forces), the force's details are looked up
 * and an id we do not know is a problem; `'pending'` while the table loads.
 */
export function resolveConfig(
  own: SohConfigValue,
  inherited: SohConfigValue | undefined,
  needs: ReadonlyArray<ConfigSetting>,
  base: string,
  findForce?: ((id: string) => Force | undefined) | 'pending',
): ResolvedConfig {
  const resolved: ResolvedConfig = {blocking: [], warnings: []};
  const forceId = (own.force || inherited?.force)?.trim().toLowerCase();
  const endpoint = own.endpoint || inherited?.endpoint;
  const report = (setting: ConfigSetting, problem: ConfigProblem) =>
    (needs.includes(setting) ? resolved.blocking : resolved.warnings).push(problem);

  if (forceId) {
    resolved.forceId = forceId;
    if (findForce === 'pending') resolved.forcePending = true;
    else if (findForce) {
      resolved.force = findForce(forceId);
      if (!resolved.force) report('force', {kind: 'force-unknown', value: forceId});
    }
  } else if (needs.includes('force')) {
    report('force', {kind: 'force-missing'});
  }

  if (endpoint) {
    resolved.endpoint = parseEndpoint(endpoint, base);
    if (!resolved.endpoint) report('endpoint', {kind: 'endpoint-invalid', value: endpoint});
  } else if (needs.includes('endpoint')) {
    report('endpoint', {kind: 'endpoint-missing'});
  }
  return resolved;
}

/** What a web developer reads in the console. */
export function describeForDevelopers(tagName: string, problem: ConfigProblem): string {
  const where = `Set it on <${tagName}> or on a wrapping <soh-config>.`;
  switch (problem.kind) {
    case 'force-missing':
      return `<${tagName}> needs a force, e.g. force="essex". ${where}`;
    case 'force-unknown':
      return `<${tagName}>: "${problem.value}" is not a force we know. Use the data.police.uk slug, e.g. "essex", "north-wales" or "btp". ${where}`;
    case 'endpoint-missing':
      return `<${tagName}> needs an endpoint: the base URL of the force's SOH/SIH endpoint, e.g. endpoint="https://sih.example.police.uk/". ${where}`;
    case 'endpoint-invalid':
      return `<${tagName}>: endpoint "${problem.value}" is not a usable URL. It must be https:// (http:// only for localhost). ${where}`;
  }
}

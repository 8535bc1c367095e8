import * as z from 'zod/mini';
import type {ServiceDefinition} from './definition.js';
import {definitionFindings, type DefinitionFinding} from './definition-checks.js';
import {pointerTo, schemaFindings} from './definition-findings.js';
import {serviceDefinitionSchema} from './definition-schema.js';

/*
 * A service definition that arrives while the page runs (`<soh-report-form src>` or its `definition` property) is
 * data from outside the library: it is read as data only, held to the same format the checker holds a shipped one
 * to (`definition-schema.ts`, then `definitionFindings`), and refused whole at the first doubt, each problem at its
 * JSON Pointer. The SDM code-list checks of `check-service.ts` are left to the author's `npx soh-elements
 * check-service` and to the endpoint: their lists are too big for every visitor to download.
 */

/**
 * The most a definition may be. The biggest service shipped (crime) is 24 kB as JSON, nested 8 deep, in about
 * 1,100 values: these leave ample room for a bigger one while bounding what a hostile or broken document can make a
 * visitor's phone download, walk or parse (and the walk, like the schema's, recurses once per level).
 */
export const DEFINITION_LIMITS = {bytes: 1_000_000, depth: 32, values: 100_000} as const;

/**
 * An address that runs script when followed. No place in a definition is an address, so one anywhere is a sign of
 * a hostile document, refused rather than shown. Browsers ignore tabs and line breaks inside an address, so they are
 * taken out before looking.
 */
const SCRIPT_ADDRESS = /(?:java|vb)script:/i;

export type DefinitionReading = {definition: ServiceDefinition} | {findings: DefinitionFinding[]};

/**
 * Reads `document` (what `JSON.parse` made, or an object a page handed over) as a service definition: a copy of it
 * as plain data (so nothing the page changes or a getter answers later can differ from what was checked), then the
 * format, then what the format cannot say. Either the definition, or every problem found.
 */
export function readDefinition(document: unknown): DefinitionReading {
  const findings: DefinitionFinding[] = [];
  let copy: unknown;
  try {
    copy = plainData(document, findings);
  } catch (error) {
    // A page's object whose traps or getters throw: not data.
    return {findings: [{pointer: '', message: `Could not be read as data (${String(error)})`}]};
  }
  if (findings.length > 0) return {findings};
  const parsed = z.safeParse(serviceDefinitionSchema, copy, {reportInput: true});
  if (!parsed.success) return {findings: schemaFindings(parsed.error.issues)};
  const found = definitionFindings(parsed.data);
  return found.length > 0 ? {findings: found} : {definition: parsed.data};
}

/**
 * JSON's values only, copied: text, finite numbers, true, false, null, lists and plain objects, at most
 * {@link DEFINITION_LIMITS} deep and many. A function, a class's object (a Date, a Map), an object with another
 * prototype (`{__proto__: …}` in a script) or a key `__proto__` (which `JSON.parse` makes an own key) is a finding at
 * its pointer, as is a script address in any text or key. Own enumerable string keys only; `undefined` (a value a
 * script left unset) is left out, as JSON would.
 */
function plainData(root: unknown, findings: DefinitionFinding[]): unknown {
  let values = 0;
  /** The objects the walk is inside. */
  const within = new Set<object>();
  const visit = (value: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
    const refuse = (message: string) => void findings.push({pointer: pointerTo(path), message});
    if (++values > DEFINITION_LIMITS.values) {
      // Said once, where it goes past: the rest is not walked.
      if (values === DEFINITION_LIMITS.values + 1)
        refuse(`A definition holds at most ${DEFINITION_LIMITS.values} values: this is where it goes past that`);
      return undefined;
    }
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'string') {
      if (SCRIPT_ADDRESS.test(value.replace(/[\t\n\r]/g, '')))
        refuse('A script address (javascript:, vbscript:): a definition holds no code, and no address but http(s)');
      return value;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) refuse('Not a number JSON can hold');
      return value;
    }
    if (typeof value === 'function') return refuse('A function: a definition is data, never code');
    if (typeof value !== 'object') return refuse(`A ${typeof value}: a definition holds only JSON’s values`);
    if (path.length >= DEFINITION_LIMITS.depth)
      return refuse(`Nested more than ${DEFINITION_LIMITS.depth} deep: no definition needs that`);
    // An object a page built may hold itself: JSON cannot say that.
    if (within.has(value)) return refuse('Holds itself: a definition is a tree, as JSON is');
    within.add(value);
    try {
      return copyOf(value, path);
    } finally {
      within.delete(value);
    }
  };
  const copyOf = (value: object, path: ReadonlyArray<PropertyKey>): unknown => {
    if (Array.isArray(value)) {
      // By index, not `map`: an array of a subclass would make its own kind of array (its species) with code of its own.
      const items: unknown[] = [];
      for (let index = 0; index < value.length && values <= DEFINITION_LIMITS.values; index++)
        items.push(visit((value as unknown[])[index], [...path, index]));
      return items;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      findings.push({pointer: pointerTo(path), message: 'Not a plain object: a definition holds only JSON’s values'});
      return undefined;
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (values > DEFINITION_LIMITS.values) break;
      const at = [...path, key];
      if (key === '__proto__') {
        findings.push({pointer: pointerTo(at), message: '"__proto__" is not part of a definition'});
        continue;
      }
      if (SCRIPT_ADDRESS.test(key.replace(/[\t\n\r]/g, '')))
        findings.push({pointer: pointerTo(at), message: 'A script address as a key: a definition holds no code'});
      let item: unknown;
      try {
        item = (value as Record<string, unknown>)[key];
      } catch {
        findings.push({pointer: pointerTo(at), message: 'Could not be read'});
        continue;
      }
      if (item !== undefined) copy[key] = visit(item, at);
    }
    return copy;
  };
  return visit(root, []);
}

import type * as z from 'zod/mini';
import type {DefinitionFinding} from './definition-checks.js';

/*
 * A definition's problems as its author reads them, each at a JSON Pointer: shared by the checker authors run
 * (`check-service.ts`) and the report form that loads a definition at run time (`definition-document.ts`), which must
 * not load the checker's SDM code lists.
 */

/** A JSON Pointer (RFC 6901) to a place in the document. */
export function pointerTo(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * The schema's problems, each at its place. A union (a page is a question page or a repeat page) that matches
 * none of its shapes says so through the shape it came nearest to: the one whose problems go deepest, and of those
 * the one with fewest (a question page with one wrong `when` is not a repeat page missing all its keys).
 */
export function schemaFindings(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  base: ReadonlyArray<PropertyKey> = [],
): DefinitionFinding[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const depth = (branch: ReadonlyArray<z.core.$ZodIssue>) => Math.max(...branch.map((one) => one.path.length));
      const nearest = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
      return schemaFindings(nearest, path);
    }
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        pointer: pointerTo([...path, key]),
        message: `"${key}" is not part of a definition`,
      }));
    return [{pointer: pointerTo(path), message: explained(issue)}];
  });
}

/** "a text", "a list", "an object": what a value should have been. */
function kindOf(expected: string): string {
  const words: Record<string, string> = {string: 'a text', array: 'a list', object: 'an object', number: 'a number'};
  return words[expected] ?? `a ${expected}`;
}

/**
 * What to do about one problem, in words: zod/mini says only "Invalid input" unless a check gave its own message
 * (parsed with `reportInput`, an issue has the value it found: none for a missing key, which JSON cannot give as undefined).
 */
function explained(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `This is missing: give ${kindOf(issue.expected)}`
        : `Give ${kindOf(issue.expected)} here`;
    case 'invalid_union': {
      // A discriminated union (a question's `kind`) names the values it takes.
      const {options} = issue as {options?: unknown[]};
      return options ? `Use one of ${options.map((value) => JSON.stringify(value)).join(', ')}` : issue.message;
    }
    case 'invalid_value':
      return `Use one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `Give at least ${issue.minimum}` : `Too small: at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `Too long: at most ${issue.maximum}`
        : `Too big: at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}

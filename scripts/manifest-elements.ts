/**
 * The public elements as custom-elements.json describes them, for what is
 * generated from it (the React wrappers, the JSX types): every element with
 * an entry of its own in the package (`dist/<tag>.js`); internal ones (the
 * chat panel) have none.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {root} from './tokens.js';

interface Declaration {
  kind: string;
  name: string;
  superclass?: {name: string};
  tagName?: string;
  summary?: string;
  attributes?: Array<{name: string; type?: {text: string}; description?: string}>;
  events?: Array<{name: string; type?: {text: string}}>;
}
interface Manifest {
  modules: Array<{path: string; declarations?: Declaration[]}>;
}

export interface PublicElement {
  tag: string;
  className: string;
  summary: string;
  /** `src/…/x.ts` → the declaration file under dist/types. */
  typesModule: string;
  attributes: Array<{name: string; type: string; description: string}>;
  /** The library's own events (`soh-…`). */
  events: Array<{name: string}>;
}

/** `src/widgets/payment/payment.ts` → `types/widgets/payment/payment.js` (relative to dist/). */
const typesPath = (source: string) => source.replace(/^src\//, 'types/').replace(/\.ts$/, '.js');

/** A TypeScript type for an attribute: the manifest's when it is a plain one, else string. */
function attributeType(text: string | undefined): string {
  const type = (text ?? 'string').replace(/\s*\|\s*undefined/g, '');
  return /^(string|number|boolean|('[^']*'(\s*\|\s*'[^']*')*))$/.test(type) ? type : 'string';
}

export function publicElements(): PublicElement[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const elements: PublicElement[] = [];
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!tag || !existsSync(path.join(root, 'dist', `${tag}.js`))) continue;
      elements.push({
        tag,
        className: declaration.name,
        summary: declaration.summary ?? '',
        typesModule: typesPath(module.path),
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          type: attributeType(attribute.type?.text),
          description: (attribute.description ?? '').replace(/\s+/g, ' '),
        })),
        events: (declaration.events ?? [])
          .filter((event) => event.name.startsWith('soh-'))
          .map((event) => ({name: event.name})),
      });
    }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * The declaration files of the library's event classes (each adds its
 * event to `HTMLElementEventMap`), so typed handlers know each `detail`.
 */
export function eventTypesModules(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8')) as Manifest;
  return manifest.modules
    .filter((module) => module.declarations?.some((declaration) => declaration.superclass?.name === 'SohEvent'))
    .map((module) => typesPath(module.path))
    .sort();
}

/** `soh-payment-complete` → `onSohPaymentComplete`, the React prop for the event. */
export const reactEventProp = (event: string) =>
  'on' + event.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());

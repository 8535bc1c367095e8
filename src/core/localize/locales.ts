import {catalogueMsg, type Msg} from './translator.js';

/** The languages the library speaks: English (the source), Welsh, and the test pseudo-locale. */
export type LocaleCode = 'en' | 'cy' | 'en-XA';

/** Maps any BCP 47 tag a page may carry (`cy-GB`, `en-gb`, `fr`) to one we speak. */
export function matchLocale(languageTag: string | null | undefined): LocaleCode {
  const tag = (languageTag ?? '').trim().toLowerCase();
  if (tag === 'cy' || tag.startsWith('cy-')) return 'cy';
  if (tag === 'en-xa') return 'en-XA';
  return 'en';
}

/** The language `Intl` should use for plurals, dates and numbers. */
export function intlLocale(code: LocaleCode): string {
  return code === 'en-XA' ? 'en' : code === 'cy' ? 'cy' : 'en-GB';
}

// Each catalogue is loaded the first time an element needs it, so an English
// page never downloads Welsh.
const loaders: Record<Exclude<LocaleCode, 'en'>, () => Promise<Msg>> = {
  cy: () => import('../../generated/locales/cy.js').then((module) => catalogueMsg(module.templates)),
  'en-XA': () => import('./pseudo-locale.js').then((module) => module.pseudoMsg),
};

const loaded = new Map<LocaleCode, Msg>([['en', catalogueMsg(undefined)]]);
const loading = new Map<LocaleCode, Promise<Msg>>();

/** The translator for a language if it is already loaded. */
export function loadedMsg(code: LocaleCode): Msg | undefined {
  return loaded.get(code);
}

/** Loads a language once; a failed load (offline) falls back to English and may be retried. */
export function loadMsg(code: LocaleCode): Promise<Msg> {
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(code);
  if (!pending) {
    pending = loaders[code as Exclude<LocaleCode, 'en'>]().then(
      (msg) => {
        loaded.set(code, msg);
        return msg;
      },
      (error: unknown) => {
        loading.delete(code);
        console.error(`[soh-elements] could not load the ${code} translations; showing English.`, error);
        return loaded.get('en')!;
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

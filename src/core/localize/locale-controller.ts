import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {findLanguage} from './find-language.js';
import {loadedMsg, loadMsg, matchLocale, type LocaleCode} from './locales.js';
import {plural, type PluralForms} from './plural.js';
import type {Msg} from './translator.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: a `lang` change anywhere in the light DOM
// (the page's own switch, a <soh-config>, the element itself) makes every
// connected element look its language up again.
const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function startObserving(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
}

/**
 * Gives an element the language it sits in and a `msg()` for it, and
 * re-renders the element when that language changes.
 */
export class LocaleController implements ReactiveController {
  /** The language in force. */
  locale: LocaleCode = 'en';
  /** Translates a message into {@link locale}. */
  msg: Msg;
  /** Settles once the first language is loaded; the host waits for it before its first render. */
  ready: Promise<void> = Promise.resolve();

  private readonly host: Host;

  /** The language where the page declares none (a force's Welsh default). */
  private readonly fallback: () => string;

  constructor(host: Host, fallback: () => string = () => 'en') {
    this.host = host;
    this.fallback = fallback;
    this.msg = loadedMsg('en')!;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    startObserving();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Picks the message for `count`, by the plural rules of the current language. */
  plural(count: number, forms: PluralForms): string {
    return plural(this.locale, count, forms);
  }

  /**
   * Words a service definition gives in both languages, in the current one
   * (and, in the pseudo-locale, through its transform).
   */
  bilingual(text: {en: string; cy: string}): string {
    if (this.locale === 'cy') return text.cy;
    if (this.locale === 'en') return text.en;
    // A plain function type: definitions' words are data, not msg() calls for the extractor.
    return (this.msg as unknown as (template: string, options: {id: string}) => string)(text.en, {id: 'definition'});
  }

  /** Looks the language up again; called when any `lang` may have changed. */
  refresh(): void {
    const wanted = this.wantedLocale();
    const ready = loadedMsg(wanted);
    if (ready) {
      this.apply(wanted, ready);
      return;
    }
    this.ready = loadMsg(wanted).then((msg) => {
      // Another change may have come while this language was loading.
      if (this.wantedLocale() === wanted) this.apply(wanted, msg);
    });
  }

  private wantedLocale(): LocaleCode {
    return matchLocale(findLanguage(this.host) || this.fallback());
  }

  private apply(code: LocaleCode, msg: Msg): void {
    if (this.locale === code && this.msg === msg) return;
    this.locale = code;
    this.msg = msg;
    this.host.requestUpdate();
  }
}

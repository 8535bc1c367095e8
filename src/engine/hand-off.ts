import type {Bilingual} from './definition.js';

/**
 * A service the force does not take itself but hands off to a national one (fraud and cyber crime to Report Fraud;
 * possible terrorism to counter-terrorism policing): no form, but what the national service is for, what to have
 * ready, a link that opens it, and when to call 999 or the force instead. Listed in a force's catalogue like any
 * other service; `<soh-report-form service="…">` shows it. Data only, as a definition is.
 */
export interface HandOff {
  id: string;
  title: Bilingual;
  /** What the national service is for, who runs it, and why the force sends the person there: paragraphs. */
  about: ReadonlyArray<Bilingual>;
  /** What to have ready before going there: a list. */
  haveReady: ReadonlyArray<Bilingual>;
  /** What else to do now, beside reporting (call the bank): a list. */
  alsoDo?: ReadonlyArray<Bilingual>;
  /** The national service: its address (https) and the link's words ("Go to Report Fraud"). */
  link: {href: string; text: Bilingual};
  /** Its telephone line, written whole ("You can also call Report Fraud on 0300 123 2040, …"). */
  phone?: Bilingual;
  /** When to call 999 or the force instead, written whole. */
  callUsInstead: Bilingual;
  /** For reviewers, never shown: where each fact comes from (as a definition's `notes`). */
  notes: ReadonlyArray<string>;
}

/** What a hand-off service's folder exports as `service`. */
export interface HandOffModule {
  handOff: HandOff;
}

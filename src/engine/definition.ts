/**
 * A public service, as data: its pages, questions and conditions. No
 * functions and no code inside a definition: it runs under a strict Content
 * Security Policy, and a force can read (or one day write) one as JSON.
 */

/** Words a person sees, in both languages. */
export interface Bilingual {
  en: string;
  cy: string;
}

/** When a page or question applies: a test on answers already given. */
export type Condition =
  | {question: string; equals: string}
  | {question: string; in: ReadonlyArray<string>}
  | {question: string; answered: boolean}
  | {all: ReadonlyArray<Condition>}
  | {any: ReadonlyArray<Condition>}
  | {not: Condition};

export interface Option {
  /** What is stored and sent: a code, never display text. */
  value: string;
  label: Bilingual;
  hint?: Bilingual;
}

interface QuestionBase {
  /** The answer's key, unique in the service. */
  id: string;
  label: Bilingual;
  hint?: Bilingual;
  /** Shorter wording for the check-answers page ("Date of birth"). */
  summaryLabel?: Bilingual;
  required?: boolean;
  /** The message when a required answer is missing, as what to do ("Enter the date it happened"). */
  requiredMessage?: Bilingual;
  when?: Condition;
}

export type Question =
  | (QuestionBase & {kind: 'text' | 'email' | 'tel'; autocomplete?: string; spellcheck?: boolean})
  | (QuestionBase & {kind: 'textarea'; maxlength?: number})
  | (QuestionBase & {kind: 'radios' | 'checkboxes'; options: ReadonlyArray<Option>})
  | (QuestionBase & {kind: 'yes-no'})
  | (QuestionBase & {kind: 'date'; errorLabel?: Bilingual; past?: boolean; autocomplete?: 'bday'})
  | (QuestionBase & {kind: 'time'; errorLabel?: Bilingual})
  | (QuestionBase & {kind: 'address'});

export type QuestionKind = Question['kind'];

export interface Page {
  id: string;
  /** The heading when a page asks several questions; a one-question page uses the question as its heading. */
  title?: Bilingual;
  /** Text under the heading. */
  intro?: Bilingual;
  questions: ReadonlyArray<Question>;
  when?: Condition;
}

export interface ServiceDefinition {
  id: string;
  /** The SDM submission category (OCR for an online crime report). */
  category: string;
  title: Bilingual;
  /** Where answers wait between pages and reloads: `session` (sessionStorage) or `none` (nothing on the device). */
  draft: 'session' | 'none';
  pages: ReadonlyArray<Page>;
  /** What the confirmation says happens next. */
  whatHappensNext: Bilingual;
}

/** One answer: text, several choices, or the parts of an address. */
export type Answer = string | ReadonlyArray<string> | Readonly<Record<string, string | undefined>>;

/** The answers so far: each question's value, by its id. */
export type Answers = Readonly<Record<string, Answer>>;

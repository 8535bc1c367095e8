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

/** The words for yes and no: in Welsh they follow the question's verb ("Oes" / "Nac oes", "Do" / "Naddo"). */
export interface YesNoWords {
  yes: Bilingual;
  no: Bilingual;
}

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

/**
 * What a date's, time's or long answer's errors call it, written by a person in each language: `en` as an English
 * sentence starts ("The date it happened must include a month"), `cy` as the words after "Rhaid", with "i" joined to
 * the article or possessive and the mutation made ("i’r dyddiad y digwyddodd", "i’ch dyddiad geni", "i ddyddiad y
 * gwrthdrawiad"): "Rhaid i’r dyddiad y digwyddodd gynnwys mis". Without one the errors say "the date" ("y dyddiad").
 */
interface ErrorSubject {
  errorLabel?: Bilingual;
}

export type Question =
  | (QuestionBase & {kind: 'text' | 'email' | 'tel'; autocomplete?: string; spellcheck?: boolean})
  | (QuestionBase & ErrorSubject & {kind: 'textarea'; maxlength?: number})
  | (QuestionBase & {kind: 'radios' | 'checkboxes' | 'select'; options: ReadonlyArray<Option>})
  | (QuestionBase & {kind: 'yes-no'; answers?: YesNoWords})
  | (QuestionBase & ErrorSubject & {kind: 'date'; past?: boolean; autocomplete?: 'bday'})
  | (QuestionBase & ErrorSubject & {kind: 'time'})
  | (QuestionBase & {kind: 'address'})
  /** Photos or video, sent by `<soh-media-upload>` as they are chosen: the answer is the uploaded files' attachments. */
  | (QuestionBase & {kind: 'files'});

export type QuestionKind = Question['kind'];

/** A page of one question, or a few related ones. */
export interface QuestionPage {
  kind?: 'questions';
  id: string;
  /** The heading when a page asks several questions; a one-question page uses the question as its heading. */
  title?: Bilingual;
  /** Text under the heading. */
  intro?: Bilingual;
  /** Paragraphs to read before the questions (a page with no questions is an interruption page). */
  body?: ReadonlyArray<Bilingual>;
  questions: ReadonlyArray<Question>;
  when?: Condition;
  /** `false`: this page's answers are never written to the device, even where the service keeps a draft. */
  draft?: false;
  /**
   * `true`: the page asks about the person themselves (their name, contact details, address, date of birth, when and
   * how it is safe to contact them). Skipped when the report is anonymous (see `ServiceDefinition.anonymous`).
   */
  personal?: true;
}

/**
 * GOV.UK's "add another": first whether there are any (suspects,
 * witnesses…), then one page per item, then the list with Change and Remove
 * and "Do you need to add another?". The items are stored under the page's
 * id; the first answer under `${id}.any`.
 */
export interface RepeatPage {
  kind: 'repeat';
  id: string;
  /** The yes-or-no question that starts it: "Do you know anything about who did it?" */
  ask: Bilingual;
  /** The message when that question is not answered. */
  askRequiredMessage: Bilingual;
  /** The words for yes and no to `ask`. */
  askAnswers: YesNoWords;
  /** The heading of the page for one item: "About the suspect". */
  itemTitle: Bilingual;
  /** One item, for the list: "Suspect" (numbered after). */
  itemName: Bilingual;
  /** The heading of the list page: "Suspects you have told us about". */
  listTitle: Bilingual;
  /** "Do you need to add another suspect?" */
  addAnother: Bilingual;
  /** The questions asked for each item. */
  questions: ReadonlyArray<Question>;
  /** The question whose answer names an item in the list and on the check page. */
  summaryQuestion: string;
  /** At most this many items. */
  max: number;
  when?: Condition;
  /** `false`: the items are never written to the device, even where the service keeps a draft. */
  draft?: false;
}

export type Page = QuestionPage | RepeatPage;

/** A value written in the mapping itself: a code, a word, a number, true or false. */
export type SdmConstant = string | number | boolean;

/**
 * Where one SDM attribute's value comes from, declared in a definition rather than written in code.
 * - `{answer: 'date'}`: the answer as given (a date as `YYYY-MM-DD`, a choice as its value, which is the SDM code;
 *   several choices as a list). Then, in this order, each optional step:
 *   - `except: ['other']`: an answer of one of these values is as if not given (a choice that is no SDM code);
 *   - `equals: 'yes'`: true when the answer is that value, false when it is another;
 *   - `map: {phone: 'CPNC_0001'}`: each value through the table (one left out where the table has none);
 *   - `transform: 'registration'`: a named transform registered in code (`sdm-transforms.ts`);
 *   - `maxLength: 35`: left out, not cut, when longer (a cut name or number is a wrong one; it stays whole in
 *     `submissionContent`);
 *   - `list: true`: given as a list of one, for an attribute the SDM types as a list (`contactPreference`).
 * - `{cases: [{when, value}], otherwise}`: the value of the first case whose condition holds, else `otherwise`;
 * - `{value: false}`: always this.
 * An answer not given (or left out by a step) gives no attribute. In a `forEach` entity, `answer` names a question
 * of the repeat page's item.
 */
export type AttributeSource =
  | {
      answer: string;
      except?: ReadonlyArray<string>;
      equals?: string;
      map?: Readonly<Record<string, SdmConstant>>;
      transform?: ValueTransform;
      maxLength?: number;
      list?: boolean;
    }
  | {cases: ReadonlyArray<{when: Condition; value: SdmConstant}>; otherwise?: SdmConstant}
  | {value: SdmConstant};

/** The named transforms of one answer's value (`sdm-transforms.ts`): what a table or a condition cannot say. */
export type ValueTransform = 'registration' | 'whole-years';

/**
 * Several attributes made from answers by a named transform (`sdm-transforms.ts`):
 * - `incident-time`: a day and, if asked, a time, as the incident's start and end (or its approximate date);
 * - `person-name`: a name typed in one box, as `givenName` and `surname`;
 * - `address`: an address question's parts, as a location's `fullAddress`, street, town, postcode and the rest.
 */
export type DerivedAttributes =
  | {transform: 'incident-time'; date: string; time?: string}
  | {transform: 'person-name'; answer: string}
  | {transform: 'address'; answer: string};

/** A relationship's name, or a table from an answer's value to it (how the person reporting knows someone). */
export type RelationshipName = string | {answer: string; map: Readonly<Record<string, string>>; otherwise?: string};

/** One relationship that joins an entity to the report: its name, from what, and when it holds. */
export interface RelationshipMapping {
  /** The SDM relationship: `incidentLocation`, `witness`, `personalTelephone`… */
  name: RelationshipName;
  /**
   * The entity it is from, by its `id`. Unsaid: the entity this one is declared in (`related`), else the incident.
   */
  from?: string;
  when?: Condition;
}

/** The attributes of an entity, or of the incident: each from a source, and groups made by a named transform. */
export interface AttributesMapping {
  attributes?: Readonly<Record<string, AttributeSource>>;
  derived?: ReadonlyArray<DerivedAttributes>;
}

/**
 * One entity the report adds and how it is related. It is left out when none of its relationships holds, or when
 * it would have no attribute at all (it would say nothing).
 */
export interface EntityMapping extends AttributesMapping {
  /** The SDM entity type: `location`, `person`, `vehicle`, `property`… */
  type: string;
  /** A name for another entity's `from` (the person reporting, to whom a suspect is related). */
  id?: string;
  relationships: ReadonlyArray<RelationshipMapping>;
  /** Only when this holds. In a `forEach`, it is asked of the item's answers over the report's. */
  when?: Condition;
  /** A repeat page's id: one entity for each item the person added. */
  forEach?: string;
  /** Entities related from this one (its address, telephone); in a `forEach`, from each item's. */
  related?: ReadonlyArray<EntityMapping>;
}

/**
 * A service's Standard Data Model mapping, declared: the incident's attributes, the entities related to it, and
 * what the submission carries beyond the moment of sending.
 */
export interface SdmMapping {
  incident: AttributesMapping;
  entities: ReadonlyArray<EntityMapping>;
  submission?: {
    /** How the person reporting is involved (`IVLD_` codes). */
    howInvolvedInCrime?: AttributeSource;
    /** The files questions whose uploads are the submission's attachments. */
    attachments?: ReadonlyArray<string>;
  };
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
  /**
   * What the person sends: a `report` (the default) starts with the emergency
   * question; an `application` (firearms licensing, Clare’s Law) and `feedback`
   * (a complaint or a compliment) do not, and the form says "application" or
   * "feedback" where it would say "report".
   */
  sends?: 'report' | 'application' | 'feedback';
  /**
   * The person may be watched, or harmed if the report is found (domestic abuse; hate crime once the person says they
   * are the victim): `true`, or a condition on the answers. While it holds, `<soh-exit-page>` is on every page, nothing
   * is kept on the device (a draft kept until then is removed, the outbox is in memory), the confirmation offers no
   * copy to print or download, and no link to follow the report; and following it is offered only when `follow` says
   * the person chose it as safe (never without a `follow`).
   */
  exitPage?: boolean | Condition;
  /**
   * When the report is anonymous: a condition on the answers (the person chose not to give their details). Then the
   * pages marked `personal` are skipped, the document has no person reporting (no entity related by
   * `personReporting`), its `submissionContent` begins by saying the report is anonymous, and no follow-up is offered.
   */
  anonymous?: Condition;
  /**
   * For the definition's authors and reviewers, never shown: where its facts come from (the public guidance each
   * rule, time limit or promise was checked against, with its address and date).
   */
  notes?: ReadonlyArray<string>;
  /**
   * When the confirmation offers to follow the report online (a form with
   * `follow-url`): always, unless this says when; where the person may be
   * watched (`exitPage`), only when this says so. Domestic abuse offers it
   * only when the person chose it as a safe way to be contacted.
   */
  follow?: Condition;
  /**
   * How the answers become the Standard Data Model document, declared (`sdm-mapping.ts` builds it). A definition
   * without one sends the incident and its submission only: every answer is in its `submissionContent`.
   */
  sdm?: SdmMapping;
}

/** One answer: text, several choices, the parts of an address, or the items of an "add another". */
export type Answer =
  string | ReadonlyArray<string> | Readonly<Record<string, string | undefined>> | ReadonlyArray<ItemAnswers>;

/** The answers about one item of an "add another" (one suspect). */
export interface ItemAnswers {
  readonly [questionId: string]: Answer;
}

/** The answers so far: each question's value, by its id. */
export type Answers = Readonly<Record<string, Answer>>;

import type {ReactiveControllerHost} from 'lit';
import type {Answers, ItemAnswers, RepeatPage, ServiceDefinition} from './definition.js';
import type {Draft, DraftStore} from './draft.js';
import {itemsOf} from './journey.js';
import {backFrom, continueFrom, firstStep, removeItem, stepExists} from './navigation.js';
import {EMERGENCY, parseStep, SENT, type Step} from './steps.js';

/**
 * Where a person is in a report, for `<soh-report-form>`: what they have answered, the step shown, the item being
 * added or changed on an "add another" page, whether Continue goes back to check your answers, and the draft that
 * keeps all of it across a reload. Where each press leads is `navigation.ts`'s (pure); this keeps the result and
 * writes the draft. The form re-renders as it changes, and keeps what the page says and where focus goes.
 */
export class ReportJourney {
  /** The service, once it has loaded. */
  service?: ServiceDefinition;
  answers: Answers = {};
  /** The answers about the item being added or changed on an "add another" item page. */
  editing: ItemAnswers = {};
  /** Set by a Change link: Continue goes back to check your answers. */
  returnToCheck = false;
  /**
   * This submission's id, made when the form opens and kept in the draft: files uploaded on the way name it (upload
   * metadata `submissionId`), and so does the report, so the back office can put them together.
   */
  submissionId: string = crypto.randomUUID();
  private where = EMERGENCY;
  private parsed: Step = parseStep(EMERGENCY);
  private draft?: DraftStore;

  /** `host` re-renders as the journey moves (it needs nothing from the element's lifecycle). */
  constructor(private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>) {}

  /** The step shown, as kept in the draft (see steps.ts). */
  get at(): string {
    return this.where;
  }

  /** The step shown, parsed. */
  get step(): Step {
    return this.parsed;
  }

  /** On the journey's first step, where there is no Back. */
  get atStart(): boolean {
    return !!this.service && this.where === firstStep(this.service, this.answers);
  }

  /** Starts `service` at its first step, or where `saved` (read from `draft`) left it. */
  open(service: ServiceDefinition, draft: DraftStore, saved?: Draft): void {
    this.service = service;
    this.draft = draft;
    this.moveTo(firstStep(service));
    if (saved) {
      this.submissionId = saved.submissionId ?? this.submissionId;
      this.answers = {...saved.answers};
      // A step this definition no longer has starts the form again, with every answer kept to fill its pages.
      if (stepExists(service, saved.at)) {
        this.moveTo(saved.at);
        this.editing = saved.editing ?? {};
      }
    }
    this.host.requestUpdate();
  }

  /** A field's answer changed: kept (a copy, so later changes to the field's value do not reach it) and saved. */
  answer(questionId: string, value: Answers[string]): void {
    const copy = Array.isArray(value) ? [...value] : typeof value === 'object' ? {...value} : value;
    if (this.parsed.kind === 'item') this.editing = {...this.editing, [questionId]: copy};
    else this.answers = {...this.answers, [questionId]: copy};
    this.save();
    this.host.requestUpdate();
  }

  /** Continue, once the page's answers are valid. */
  continue(): void {
    if (!this.service) return;
    const moved = continueFrom(this.service, this.answers, this.where, {
      returnToCheck: this.returnToCheck,
      editing: this.editing,
    });
    this.answers = moved.answers;
    this.goTo(moved.at);
  }

  back(): void {
    if (this.service) this.goTo(backFrom(this.service, this.answers, this.where));
  }

  /** A Change link: to `at`, and from there back to check your answers. */
  change(at: string): void {
    this.returnToCheck = true;
    this.goTo(at);
  }

  /** Removes an item from an "add another" list. */
  remove(page: RepeatPage, index: number): void {
    if (!this.service) return;
    const moved = removeItem(this.service, this.answers, page.id, index);
    this.answers = moved.answers;
    this.goTo(moved.at);
  }

  /** The report is stored: nothing more to keep on the device. */
  finish(): void {
    this.draft?.clear();
    this.moveTo(SENT);
    this.host.requestUpdate();
  }

  private goTo(at: string): void {
    this.moveTo(at);
    const step = this.parsed;
    if (step.kind === 'item') {
      const page = this.service?.pages.find((candidate) => candidate.id === step.pageId);
      this.editing = page?.kind === 'repeat' ? (itemsOf(page, this.answers)[step.index] ?? {}) : {};
    }
    if (step.kind === 'check') this.returnToCheck = false;
    this.save();
    this.host.requestUpdate();
  }

  private moveTo(at: string): void {
    this.where = at;
    this.parsed = parseStep(at);
  }

  private save(): void {
    this.draft?.write({
      answers: this.answers,
      at: this.where,
      editing: this.editing,
      submissionId: this.submissionId,
    });
  }
}

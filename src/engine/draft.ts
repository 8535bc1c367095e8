import {readStored, removeStored, writeStored} from '../core/storage.js';
import type {Answers, ItemAnswers, ServiceDefinition} from './definition.js';
import {anyKey} from './journey.js';
import {mayBeWatched} from './may-be-watched.js';

/** Where the person is in a form, and what they have answered. */
export interface Draft {
  answers: Answers;
  /** The step shown (see steps.ts). */
  at: string;
  /** The item being added or changed on an "add another" item page. */
  editing?: ItemAnswers;
  /** This submission's id: the report's, and every file sent with it names it. */
  submissionId?: string;
}

/**
 * Keeps a form's answers across a reload, in sessionStorage (gone when the
 * tab closes, cleared on send and by the exit-page control). A service whose
 * draft is `none` keeps nothing on the device; a page marked `draft: false`
 * keeps its own answers off the device; and once the answers say the person
 * may be watched (`exitPage`), what was kept is removed and nothing more is.
 */
/** Where a form's draft is kept: `name` is the service's id unless its module says otherwise. */
function draftKey(name: string): string {
  return `draft:${name}`;
}

/** Whether a draft is kept under `name`, before its service has loaded (see report-form.ts, `opensAhead`). */
export function hasStoredDraft(name: string): boolean {
  return readStored(draftKey(name)) !== null;
}

export class DraftStore {
  private readonly key: string;
  private readonly enabled: boolean;
  private readonly service: ServiceDefinition;
  /** Answers that stay in memory only: those of pages marked `draft: false`. */
  private readonly neverStored: ReadonlySet<string>;

  /** `name`: where it is kept, the service's id unless its module says otherwise (see `ServiceModule.storageName`). */
  constructor(service: ServiceDefinition, name = service.id) {
    this.key = draftKey(name);
    this.service = service;
    this.enabled = service.draft === 'session' && service.exitPage !== true;
    this.neverStored = new Set(
      service.pages
        .filter((page) => page.draft === false)
        .flatMap((page) =>
          page.kind === 'repeat' ? [page.id, anyKey(page)] : page.questions.map((question) => question.id),
        ),
    );
  }

  read(): Draft | undefined {
    if (!this.enabled) return undefined;
    try {
      const stored = JSON.parse(readStored(this.key) ?? 'null') as Draft | null;
      return stored && typeof stored.at === 'string' && typeof stored.answers === 'object' ? stored : undefined;
    } catch {
      return undefined;
    }
  }

  write(draft: Draft): void {
    if (!this.enabled) return;
    if (mayBeWatched(this.service, draft.answers)) {
      this.clear();
      return;
    }
    const answers = Object.fromEntries(Object.entries(draft.answers).filter(([id]) => !this.neverStored.has(id)));
    const at = draft.at.split('/')[0];
    // On a page that keeps nothing, what is being typed stays in memory too.
    const editing = this.neverStored.has(at) ? {} : draft.editing;
    writeStored(this.key, JSON.stringify({...draft, answers, editing}));
  }

  clear(): void {
    removeStored(this.key);
  }
}

import {readStored, removeStored, writeStored} from '../core/storage.js';
import type {Answers, ItemAnswers} from './definition.js';

/** Where the person is in a form, and what they have answered. */
export interface Draft {
  answers: Answers;
  /** The step shown (see steps.ts). */
  at: string;
  /** The item being added or changed on an "add another" item page. */
  editing?: ItemAnswers;
}

/**
 * Keeps a form's answers across a reload, in sessionStorage (gone when the
 * tab closes, cleared on send and by the exit-page control). A service whose
 * draft is `none` keeps nothing on the device.
 */
export class DraftStore {
  private readonly key: string;
  private readonly enabled: boolean;

  constructor(serviceId: string, mode: 'session' | 'none') {
    this.key = `draft:${serviceId}`;
    this.enabled = mode === 'session';
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
    if (this.enabled) writeStored(this.key, JSON.stringify(draft));
  }

  clear(): void {
    removeStored(this.key);
  }
}

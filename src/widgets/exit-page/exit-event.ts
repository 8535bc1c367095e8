import {SohEvent} from '../../core/events.js';

export interface ExitDetail {
  /** Where the page is about to go. */
  url: string;
  /** What started it. */
  trigger: 'click' | 'shift' | 'escape';
}

/**
 * Fired by `<soh-exit-page>` once the page is covered and everything the
 * library stored is cleared, just before the page is replaced. Calling
 * `preventDefault()` stops only the navigation: a single-page app can show
 * its own neutral view instead.
 */
export class SohExitEvent extends SohEvent<ExitDetail> {
  static readonly eventName = 'soh-exit';

  constructor(detail: ExitDetail) {
    super(SohExitEvent.eventName, detail, {cancelable: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'soh-exit': SohExitEvent;
  }
}

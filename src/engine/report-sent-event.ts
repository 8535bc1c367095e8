import {SohEvent} from '../core/events.js';

/** Fired by `<soh-report-form>` when the endpoint has stored a report. */
export class SohReportSentEvent extends SohEvent<{service: string; reference: string}> {
  constructor(detail: {service: string; reference: string}) {
    super('soh-report-sent', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'soh-report-sent': SohReportSentEvent;
  }
}

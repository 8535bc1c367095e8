import {SohEvent} from './events.js';
import type {PaymentItem} from '../contract/payments.js';

/** What a sent application asks to be paid for, for `<soh-payment>` on the same page. */
export interface PaymentHandover {
  service: 'firearms-licence';
  items: PaymentItem[];
}

/**
 * Fired by `<soh-report-form>` when the endpoint has stored a report.
 * `payment` is there when the service is paid for (a firearms application).
 */
export class SohReportSentEvent extends SohEvent<{service: string; reference: string; payment?: PaymentHandover}> {
  constructor(detail: {service: string; reference: string; payment?: PaymentHandover}) {
    super('soh-report-sent', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'soh-report-sent': SohReportSentEvent;
  }
}

import {SohEvent} from '../../core/events.js';

/** Fired by `<soh-payment>` when the endpoint says a payment succeeded. */
export class SohPaymentCompleteEvent extends SohEvent<{reference: string; receipt: string; amount: number}> {
  constructor(detail: {reference: string; receipt: string; amount: number}) {
    super('soh-payment-complete', detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'soh-payment-complete': SohPaymentCompleteEvent;
  }
}

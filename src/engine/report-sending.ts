import type {ReactiveControllerHost} from 'lit';
import type {Outbox} from '../core/transport/outbox.js';
import {SubmissionSender, type SendOutcome} from '../core/transport/submission-sender.js';
import type {PaymentHandover} from '../core/report-sent-event.js';
import type {SendProblem} from './views/send-problem-view.js';

/** A report made ready to send, or the outcome that stopped it being made. */
export type PreparedReport = {document: unknown; payment?: PaymentHandover} | {outcome: SendOutcome};

/**
 * Sending a report, for `<soh-report-form>`: one send at a time (a second press while sending does nothing), the
 * sender that retries with one idempotency key and keeps the report in its outbox, what the page shows meanwhile
 * (sending, retrying, what went wrong), and, once stored, the reference the endpoint gave and what the report asks
 * to be paid for. The form re-renders as each changes; it keeps what the page says and where focus goes.
 */
export class ReportSending {
  /** True from the press of Send until the endpoint has answered for good. */
  sending = false;
  /** Why the report is not sent yet (retrying, refused, gave up), while it is not. */
  problem?: SendProblem;
  /** The endpoint's reference for the stored report. */
  reference = '';
  /** What the report asks to be paid for (a firearms application), once it is sent. */
  payment?: PaymentHandover;
  private sender?: SubmissionSender;

  /** `host` re-renders as the state changes (it needs nothing from the element's lifecycle). */
  constructor(private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>) {}

  /** Forgets what went wrong (the person has gone back to change something). */
  clearProblem(): void {
    this.problem = undefined;
    this.host.requestUpdate();
  }

  /**
   * Sends the report `prepare` makes, or, after a reload mid-send, the one already in the outbox (with its key).
   * Answers with the outcome, or undefined for a press while a send is under way.
   */
  async send(
    endpoint: URL,
    outbox: () => Outbox,
    prepare: () => Promise<PreparedReport>,
  ): Promise<SendOutcome | undefined> {
    if (this.sending) return undefined;
    this.sending = true;
    this.problem = undefined;
    this.host.requestUpdate();
    this.sender ??= new SubmissionSender({
      endpoint,
      outbox: outbox(),
      onRetry: ({delayMs}) => {
        this.problem = {kind: 'retrying', seconds: Math.max(1, Math.round(delayMs / 1000))};
        this.host.requestUpdate();
      },
    });
    try {
      const outcome = await this.sendOnce(this.sender, prepare);
      if (outcome.kind === 'sent') this.reference = outcome.customerReferenceNumber;
      else this.problem = outcome.kind === 'refused' ? {kind: 'refused'} : {kind: 'gave-up', reason: outcome.reason};
      return outcome;
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private async sendOnce(sender: SubmissionSender, prepare: () => Promise<PreparedReport>): Promise<SendOutcome> {
    if (sender.pending) return sender.send(undefined);
    const prepared = await prepare();
    if ('outcome' in prepared) return prepared.outcome;
    this.payment = prepared.payment;
    return sender.send(prepared.document);
  }
}

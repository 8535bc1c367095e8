import type * as z from 'zod/mini';
import type {SdmDocument} from '../sdm/json-api.js';
import type {SubmissionContext} from '../sdm/submission.js';
import type {ServiceDefinition} from './definition.js';
import type {PaymentHandover} from '../core/report-sent-event.js';

/** What a service needs only when it sends: the schema of its answers and its mapping to SDM. */
export interface ServiceSending {
  /** The answers of a finished report. */
  schema: z.ZodMiniType;
  /** The answers, checked by `schema`, as an SDM document. */
  toSdm(answers: unknown, context: SubmissionContext): SdmDocument;
  /** For a service that is paid for: what the answers ask to pay for, handed to `<soh-payment>` once sent. */
  payment?(answers: unknown): PaymentHandover;
}

/** What each folder under src/services/ exports as `service`. */
export interface ServiceModule {
  definition: ServiceDefinition;
  /**
   * Loads the schema and the mapping (zod and the SDM builder): not needed to
   * show the first page, so they load once the person is on their way.
   */
  sending(): Promise<ServiceSending>;
  /**
   * The name its draft and outbox are kept under (the definition's id when unsaid). A definition loaded at run time
   * keeps them apart from the library's own services: one with the id `crime` must not reopen, or send, theirs.
   */
  storageName?: string;
}

import type * as z from 'zod/mini';
import type {SdmDocument} from '../sdm/json-api.js';
import type {SubmissionContext} from '../sdm/submission.js';
import type {ServiceDefinition} from './definition.js';

/** What each folder under src/services/ exports as `service`. */
export interface ServiceModule {
  definition: ServiceDefinition;
  /** The answers of a finished report. */
  schema: z.ZodMiniType;
  /** The answers, checked by `schema`, as an SDM document. */
  toSdm(answers: unknown, context: SubmissionContext): SdmDocument;
}

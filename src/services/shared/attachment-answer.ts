import * as z from 'zod/mini';
import {attachmentAttributes} from '../../sdm/document-schema.js';

/** The answer to a files question: each file `<soh-media-upload>` uploaded, as the SDM's attachment says it. */
export const attachmentsAnswer = z.optional(z.array(attachmentAttributes));

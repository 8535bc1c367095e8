import {addAttachments, attachmentLines, type Attachment} from './attachments.js';
import type {SdmBuilder, Resource} from './json-api.js';

/** What every sending element knows about the moment of sending. */
export interface SubmissionContext {
  /** The force's two-digit national code (`forceIdentifier`). */
  forceCode: string;
  submissionId: string;
  /** ISO 8601 with the local offset. */
  submitTime: string;
  userAgent: string;
  /** The whole report as plain text: every answer, including those the SDM has no attribute for. */
  submissionContent: string;
}

/** What a service adds to its submission beyond the moment of sending. */
export interface SubmissionDetails {
  /** How the person reporting is involved (an `IVLD_` code), where the form asks. */
  howInvolvedInCrime?: string;
  /** Every file uploaded with the report. */
  attachments?: ReadonlyArray<Attachment>;
}

/** ISO 8601 with the local offset, as the SDM asks: `2026-11-25T16:02:11+00:00`. */
export function isoWithOffset(date: Date): string {
  const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** The `submission` entity, related to the incident, with the report's files related to it. */
export function addSubmission(
  builder: SdmBuilder,
  incident: Resource,
  category: string,
  context: SubmissionContext,
  {howInvolvedInCrime, attachments = []}: SubmissionDetails = {},
): void {
  const submission = builder.add('submission', {
    // A number in the SDM (Essex: 42); the force table keeps it as the two digits it is known by.
    forceIdentifier: Number(context.forceCode),
    category,
    submissionId: context.submissionId,
    submitTime: context.submitTime,
    userAgent: context.userAgent,
    howInvolvedInCrime,
    submissionContent: [context.submissionContent, ...attachmentLines(attachments)].join('\n'),
  });
  addAttachments(builder, submission, attachments);
  builder.relate(incident, 'submission', submission);
}

import {isoWithOffset} from '../sdm/submission.js';
import type {Language} from './answer-format.js';
import type {Answers, Bilingual, ServiceDefinition} from './definition.js';
import {answersInJourney, isAnonymous} from './journey.js';
import type {PreparedReport} from './report-sending.js';
import type {ServiceSending} from './service-module.js';
import {summaryRows} from './summary.js';

/** What a finished report is made from. */
export interface FinishedReport {
  service: ServiceDefinition;
  answers: Answers;
  submissionId: string;
  /** The endpoint's reference, once it has given one. */
  reference: string;
}

/** What an anonymous report's text says first, in each language. */
const ANONYMOUS = {
  en: 'This report is anonymous: the person chose not to give their name or contact details.',
  cy: 'Mae’r adroddiad hwn yn ddienw: dewisodd y person beidio â rhoi ei enw na’i fanylion cyswllt.',
};

/**
 * The report as plain text, one line per answer: the SDM document's `submissionContent` (in English, for the back
 * office) and the copy a person prints or keeps (in their language; `pick` chooses a service's words in it).
 */
export function reportText(report: FinishedReport, language: Language, pick: (text: Bilingual) => string): string {
  const lines = [report.service.title[language], ''];
  // Said first, for whoever reads it in the back office: there is no one to contact, by the person's choice.
  if (isAnonymous(report.service, report.answers)) lines.push(ANONYMOUS[language], '');
  if (report.reference) lines.push(`${language === 'cy' ? 'Cyfeirnod' : 'Reference'}: ${report.reference}`, '');
  for (const row of summaryRows(report.service, report.answers, pick, language))
    lines.push(`${row.label}: ${row.answer || '-'}`);
  return lines.join('\n');
}

/**
 * The report as the SDM document to send, with what it asks to be paid for. Throws when the answers do not fit the
 * service's schema (a fault in the service's definition, not the person's).
 */
export function reportDocument(
  report: FinishedReport,
  {schema, toSdm, payment}: ServiceSending,
  forceCode: string,
): PreparedReport {
  // Only the answers on the pages the person's path went through, and none left empty.
  const kept = Object.fromEntries(
    Object.entries(answersInJourney(report.service, report.answers)).filter(
      ([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
  const answers = schema.parse(kept);
  const document = toSdm(answers, {
    forceCode,
    submissionId: report.submissionId,
    submitTime: isoWithOffset(new Date()),
    userAgent: navigator.userAgent,
    submissionContent: reportText(report, 'en', (text) => text.en),
  });
  return {document, payment: payment?.(answers)};
}

/*
 * What the endpoint answers about a followed report (demo/server/follow/ is
 * the sandbox's side, and imports these).
 */

/** A report's statuses: `received` when it arrives, then as the force sets them. */
export const REPORT_STATUSES = ['received', 'assessed', 'crime-reference', 'officer-assigned', 'closed'] as const;

export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The longest message either side may write about a followed report, in characters. */
export const MAX_REPLY_LENGTH = 2000;

/** The most updates one answer of `POST /status` holds. */
export const UPDATES_PAGE_SIZE = 50;

/** `POST {endpoint}/follow`: the answer (201). The code is shown to the person once, and never sent again. */
export interface AccessCode {
  reference: string;
  code: string;
}

/** A status reached, or a message either way. No personal data from the report. */
export interface ReportUpdate {
  id: number;
  at: string;
  kind: 'status' | 'message';
  status?: ReportStatus;
  text?: string;
  from: 'force' | 'person';
}

/** The report as the element holds it: every update so far, oldest first. */
export interface ReportView {
  reference: string;
  updates: ReportUpdate[];
  closed: boolean;
}

/** One answer of `POST /status`: the updates after the one asked from, and whether more follow. */
export interface StatusPage extends ReportView {
  more: boolean;
}

/*
 * What the endpoint answers about a followed report (demo/server/follow/ is
 * the sandbox's side, and imports these).
 */

export type ReportStatus = 'received' | 'assessed' | 'crime-reference' | 'officer-assigned' | 'closed';

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

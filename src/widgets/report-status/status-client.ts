/*
 * The person's side of following a report: the reference and the access
 * code go in the body of a POST, never in an address, so they are in no log,
 * history or referrer.
 */
import type {ReportUpdate, ReportView, StatusPage} from '../../contract/follow.js';
import type {JsonApiErrorDocument} from '../../contract/json-api-error.js';
import {endpointFetch} from '../../core/transport/endpoint-fetch.js';

export type StatusAnswer<T> =
  | {kind: 'ok'; value: T}
  | {kind: 'wrong-code'}
  /** Too many wrong codes from here: a wait longer than the element takes by itself (up to a minute). */
  | {kind: 'locked'; minutes: number}
  /** Asked too often, or the report is being guessed at: a few seconds. */
  | {kind: 'wait'; seconds: number}
  | {kind: 'closed'}
  | {kind: 'unreachable'};

/** Pages of history read on opening, at most: past that the report is shown as far as it came. */
const MAX_PAGES = 40;

async function call<T>(endpoint: URL, path: string, body: object): Promise<StatusAnswer<T>> {
  try {
    const response = await endpointFetch(new URL(path, endpoint), {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body),
    });
    if (response.ok) return {kind: 'ok', value: (await response.json()) as T};
    if (response.status === 401 || response.status === 400) return {kind: 'wrong-code'};
    if (response.status === 429) {
      const seconds = Math.max(1, Number(response.headers.get('Retry-After')) || 60);
      const code = ((await response.json().catch(() => undefined)) as Partial<JsonApiErrorDocument> | undefined)
        ?.errors?.[0]?.code;
      return code === 'locked' ? {kind: 'locked', minutes: Math.ceil(seconds / 60)} : {kind: 'wait', seconds};
    }
    if (response.status === 409) return {kind: 'closed'};
    return {kind: 'unreachable'};
  } catch {
    return {kind: 'unreachable'};
  }
}

/**
 * The report's updates after `since` (the last one already shown), page by
 * page, added to it: the whole history the first time, then only what is new.
 */
export async function readReport(
  endpoint: URL,
  reference: string,
  code: string,
  since?: ReportView,
): Promise<StatusAnswer<ReportView>> {
  let report = since;
  for (let page = 0; page < MAX_PAGES; page++) {
    const after = report?.updates.at(-1)?.id ?? 0;
    const answer = await call<StatusPage>(endpoint, 'status', {reference, code, ...(after ? {after} : {})});
    if (answer.kind !== 'ok') return report && report !== since ? {kind: 'ok', value: report} : answer;
    const {updates, more, ...rest} = answer.value;
    report = {...rest, updates: [...(report?.updates ?? []), ...updates]};
    if (!more) break;
  }
  return {kind: 'ok', value: report!};
}

export const sendReply = (endpoint: URL, reference: string, code: string, text: string) =>
  call<ReportUpdate>(endpoint, 'status/messages', {reference, code, text});

/*
 * The person's side of following a report (issue 9): the reference and the
 * access code go in the body of a POST, never in an address, so they are in
 * no log, history or referrer.
 */
import type {ReportUpdate, ReportView} from './status-protocol.js';

export type StatusAnswer<T> =
  | {kind: 'ok'; value: T}
  | {kind: 'wrong-code'}
  | {kind: 'locked'; minutes: number}
  | {kind: 'closed'}
  | {kind: 'unreachable'};

async function call<T>(endpoint: URL, path: string, body: object): Promise<StatusAnswer<T>> {
  try {
    const response = await fetch(new URL(path, endpoint), {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    if (response.ok) return {kind: 'ok', value: (await response.json()) as T};
    if (response.status === 401 || response.status === 400) return {kind: 'wrong-code'};
    if (response.status === 429)
      return {kind: 'locked', minutes: Math.max(1, Math.ceil(Number(response.headers.get('Retry-After') ?? 900) / 60))};
    if (response.status === 409) return {kind: 'closed'};
    return {kind: 'unreachable'};
  } catch {
    return {kind: 'unreachable'};
  }
}

export const readReport = (endpoint: URL, reference: string, code: string) =>
  call<ReportView>(endpoint, 'status', {reference, code});

export const sendReply = (endpoint: URL, reference: string, code: string, text: string) =>
  call<ReportUpdate>(endpoint, 'status/messages', {reference, code, text});

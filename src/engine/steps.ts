/**
 * Where a person is in a form, as one string (kept in the draft): a page's
 * id; for an "add another" page, `id` (are there any?), `id/list` or `id/2`
 * (the third item); or one of the fixed steps.
 */
export const EMERGENCY = 'emergency';
export const CHECK = 'check';
export const SENT = 'sent';

export type Step =
  | {kind: 'emergency'}
  | {kind: 'check'}
  | {kind: 'sent'}
  | {kind: 'page'; pageId: string}
  | {kind: 'list'; pageId: string}
  | {kind: 'item'; pageId: string; index: number};

export function parseStep(at: string): Step {
  if (at === EMERGENCY) return {kind: 'emergency'};
  if (at === CHECK) return {kind: 'check'};
  if (at === SENT) return {kind: 'sent'};
  const [pageId, sub] = at.split('/');
  if (sub === 'list') return {kind: 'list', pageId};
  if (sub !== undefined && /^\d+$/.test(sub)) return {kind: 'item', pageId, index: Number(sub)};
  return {kind: 'page', pageId};
}

export const listStep = (pageId: string) => `${pageId}/list`;
export const itemStep = (pageId: string, index: number) => `${pageId}/${index}`;

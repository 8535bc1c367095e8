import {escapeHtml} from '../escape-html.js';
import {MAX_REPLY_LENGTH, type ReportUpdate} from '../../../src/contract/follow.js';

const STATUS_WORDS: Record<string, string> = {
  received: 'Received',
  assessed: 'Assessed',
  'crime-reference': 'Crime reference given',
  'officer-assigned': 'Officer assigned',
  closed: 'Closed',
};

function renderUpdate(update: ReportUpdate): string {
  const when = `<time datetime="${escapeHtml(update.at)}">${escapeHtml(update.at)}</time>`;
  if (update.kind === 'status')
    return `<li>${when}: status <strong>${STATUS_WORDS[update.status ?? ''] ?? ''}</strong>${update.text ? ` (${escapeHtml(update.text)})` : ''}</li>`;
  return `<li>${when}: <strong>${update.from === 'person' ? 'The person replied' : 'You wrote'}</strong>: <span class="message">${escapeHtml(update.text ?? '')}</span></li>`;
}

/** The hidden field that proves a form was posted from the back office's own page. */
export function csrfField(csrfToken: string): string {
  return `<input type="hidden" name="_csrf" value="${escapeHtml(csrfToken)}">`;
}

/**
 * The back office's side of a followed report: what has happened and been
 * said, a status to set, a message to write, and the code to revoke. Plain
 * forms (the inbox has no script); everything from the person is text.
 */
export function renderFollowPanel(
  reference: string,
  updates: ReportUpdate[],
  followed: boolean,
  csrfToken: string,
): string {
  const action = (what: string) => `/inbox/${encodeURIComponent(reference)}/${what}`;
  const id = (what: string) => `${what}-${escapeHtml(reference)}`;
  return `<section class="follow" aria-label="Following ${escapeHtml(reference)}">
  <h3>Following</h3>
  ${followed ? '<p>The person follows this report online.</p>' : updates.length ? '<p>The access code has been revoked.</p>' : '<p>Not followed online.</p>'}
  ${updates.length ? `<ol class="updates">${updates.map(renderUpdate).join('')}</ol>` : ''}
  <form method="post" action="${action('status')}">${csrfField(csrfToken)}
    <label for="${id('status')}">Set the status</label>
    <select id="${id('status')}" name="status">
      <option value="assessed">Assessed</option>
      <option value="crime-reference">Crime reference given</option>
      <option value="officer-assigned">Officer assigned</option>
      <option value="closed">Closed</option>
    </select>
    <label for="${id('status-text')}">Crime reference or outcome (no personal data)</label>
    <input id="${id('status-text')}" name="text" maxlength="200">
    <button>Set status</button>
  </form>
  <form method="post" action="${action('messages')}">${csrfField(csrfToken)}
    <label for="${id('message')}">Write to the person</label>
    <textarea id="${id('message')}" name="text" rows="3" maxlength="${MAX_REPLY_LENGTH}" required></textarea>
    <button>Send message</button>
  </form>
  ${followed ? `<form method="post" action="${action('revoke')}">${csrfField(csrfToken)}<button>Revoke the access code</button></form>` : ''}
</section>`;
}

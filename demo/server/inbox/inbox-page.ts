import {findForceByCode} from '../incidents/force-codes.js';
import type {StoredIncident} from '../incidents/incident-store.js';
import {escapeHtml} from '../escape-html.js';
import type {FollowStore} from '../follow/follow-store.js';
import {csrfField, renderFollowPanel} from './follow-panel.js';

function renderIncident(incident: StoredIncident, follows: FollowStore, csrfToken: string): string {
  const force = findForceByCode(incident.forceCode);
  return `<article class="incident">
  <h2>${escapeHtml(incident.reference)}</h2>
  <dl>
    <dt>Force</dt><dd>${escapeHtml(force ? force.name : incident.forceCode)} (${escapeHtml(incident.forceCode)})</dd>
    <dt>Category</dt><dd>${escapeHtml(incident.category)}</dd>
    <dt>Received</dt><dd><time datetime="${escapeHtml(incident.receivedAt)}">${escapeHtml(incident.receivedAt)}</time></dd>
  </dl>
  <details>
    <summary>Standard Data Model document</summary>
    <pre>${escapeHtml(JSON.stringify(incident.document, null, 2))}</pre>
  </details>
  ${renderFollowPanel(incident.reference, follows.updates(incident.reference), follows.isFollowed(incident.reference), csrfToken)}
</article>`;
}

/** The back-office view an RMS operator would see: newest first. Its forms carry the session's CSRF token. */
export function renderInboxPage(incidents: StoredIncident[], follows: FollowStore, csrfToken: string): string {
  const body =
    incidents.length === 0
      ? '<p>No reports yet.</p>'
      : incidents.map((incident) => renderIncident(incident, follows, csrfToken)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inbox – soh-elements sandbox</title>
<link rel="stylesheet" href="/site.css">
</head>
<body>
<main class="page">
<h1>Inbox</h1>
<p>Reports received by the sandbox endpoint, newest first. <a href="/inbox.json">As JSON</a>. <a href="/">Back to the demo site</a>.</p>
<form method="post" action="/sign-out">${csrfField(csrfToken)}<button>Sign out</button></form>
${body}
</main>
</body>
</html>`;
}

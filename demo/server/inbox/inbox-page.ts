import {findForceByCode} from '../incidents/force-codes.js';
import type {StoredIncident} from '../incidents/incident-store.js';
import {escapeHtml} from '../escape-html.js';
import type {FollowStore} from '../follow/follow-store.js';
import {renderFollowPanel} from './follow-panel.js';

function renderIncident(incident: StoredIncident, follows: FollowStore): string {
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
  ${renderFollowPanel(incident.reference, follows.updates(incident.reference), follows.isFollowed(incident.reference))}
</article>`;
}

/** The back-office view an RMS operator would see: newest first. */
export function renderInboxPage(incidents: StoredIncident[], follows: FollowStore): string {
  const body =
    incidents.length === 0
      ? '<p>No reports yet.</p>'
      : incidents.map((incident) => renderIncident(incident, follows)).join('\n');
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
${body}
</main>
</body>
</html>`;
}

import {escapeHtml} from '../escape-html.js';

/**
 * The back office's sign-in page: one field for the operator secret. A plain
 * form (the sandbox's pages have no script), GOV.UK's error pattern when the
 * secret is wrong.
 */
export function renderSignInPage(next: string, problem?: string): string {
  const error = problem
    ? `<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <p><a href="#token">${escapeHtml(problem)}</a></p>
</div>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${problem ? 'Error: ' : ''}Sign in to the back office – soh-elements sandbox</title>
<link rel="stylesheet" href="/site.css">
</head>
<body>
<main class="page">
${error}
<h1>Sign in to the back office</h1>
<p>The inbox and the agent console are for the force's staff. Sign in with the operator token: <code>npm start</code> prints it, or it is the <code>SOH_OPERATOR_TOKEN</code> the sandbox was started with.</p>
<form method="post" action="/sign-in">
  <input type="hidden" name="next" value="${escapeHtml(next)}">
  <label for="token">Operator token</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required${problem ? ' aria-invalid="true"' : ''}>
  <button>Sign in</button>
</form>
<p><a href="/">Back to the demo site</a></p>
</main>
</body>
</html>`;
}

/**
 * The pages a browser sees during the web server flow: sign-in, "Allow Access?" and the
 * remote access error page. Self-contained HTML (no script), escaped throughout.
 */
const escapeHtml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Setup's descriptions of the OAuth scopes (remoteaccess_oauth_tokens_scopes.htm). */
const SCOPE_LABELS: Record<string, string> = {
  api: 'Manage user data via APIs (api)', web: 'Manage user data via Web browsers (web)', full: 'Full access (full)',
  refresh_token: 'Perform requests at any time (refresh_token, offline_access)', offline_access: 'Perform requests at any time (refresh_token, offline_access)',
  openid: 'Access unique user identifiers (openid)', id: 'Access the identity URL service (id, profile, email, address, phone)',
  profile: 'Access the identity URL service (id, profile, email, address, phone)', email: 'Access the identity URL service (id, profile, email, address, phone)',
  address: 'Access the identity URL service (id, profile, email, address, phone)', phone: 'Access the identity URL service (id, profile, email, address, phone)',
  chatter_api: 'Access Chatter REST API resources (chatter_api)', custom_permissions: 'Access custom permissions (custom_permissions)', visualforce: 'Manage user data via Visualforce (visualforce)',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;background:#f3f3f3;margin:0}main{max-width:26rem;margin:4rem auto;background:#fff;border:1px solid #ddd;border-radius:.25rem;padding:2rem}
label{display:block;margin:.75rem 0 .25rem}input{width:100%;box-sizing:border-box;padding:.5rem}button{margin-top:1rem;padding:.5rem 1rem}.error{color:#c23934}</style>
</head><body><main>${body}</main></body></html>`;
}

export function signInPage(startUrl: string, username = '', error?: string): string {
  return page('Login | Salesforce', `<h1>Log in to Salesforce</h1>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/services/oauth2/authorize/login">
<input type="hidden" name="startURL" value="${escapeHtml(startUrl)}">
<label for="username">Username</label><input id="username" name="username" type="email" autocomplete="username" required value="${escapeHtml(username)}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Log In</button>
</form>`);
}

export function consentPage(appLabel: string, username: string, scopes: string[], pendingId: string): string {
  const labels = [...new Set(scopes.map((s) => SCOPE_LABELS[s] ?? s))];
  return page('Allow Access?', `<h1>Allow Access?</h1>
<p><strong>${escapeHtml(appLabel)}</strong> is asking to:</p>
<ul>${labels.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
<p>Do you want to allow access for ${escapeHtml(username)}?</p>
<form method="post" action="/services/oauth2/authorize/decision">
<input type="hidden" name="pending" value="${escapeHtml(pendingId)}">
<button type="submit" name="decision" value="deny">Deny</button>
<button type="submit" name="decision" value="allow">Allow</button>
</form>`);
}

export function remoteAccessErrorPage(error: string, description: string): string {
  return page('Remote Access Error', `<h1>OAuth Error</h1>
<p>We can't authorize you because of an OAuth error. For more information, contact your Salesforce administrator.</p>
<p class="error"><code>${escapeHtml(error)}</code>: ${escapeHtml(description)}</p>`);
}

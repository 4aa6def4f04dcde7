/** Text placed in HTML: every page builds its markup from escaped values only. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageShell {
  title: string;
  body: string;
  /** Extra `<head>` markup (stylesheets, module scripts). */
  head?: string;
  bodyClass?: string;
  /** SLDS's shade behind the page (`slds-theme_shade`), down to the window's bottom. */
  shaded?: boolean;
  /** Pages for signed-out visitors (the login form) show no Sign out button. */
  signedOut?: boolean;
  /** SLDS, or the subset of it a page was built with. */
  stylesheet?: string;
}

/**
 * A shaded page's shade reaches the window's bottom on a short page (SLDS colours `html` blue
 * below the body), and the last margin stays inside it (flow-root: no margin collapses through body).
 */
const SHADE_TO_BOTTOM = '<style>body { min-height: 100vh; display: flow-root; }</style>';

export const SLDS_STYLESHEET = '/assets/slds/styles/salesforce-lightning-design-system.min.css';

/** Ends the page session (finding 5); the CSRF token is added to the form on the way out. */
const SIGN_OUT = `<form method="post" action="/logout" class="cc-sign-out" style="position:fixed;top:.25rem;right:.5rem;z-index:9000;margin:0">
<button class="slds-button slds-button_neutral slds-button_small" type="submit">Sign out</button></form>`;

/** The HTML document every local page shares: SLDS styling, no favicon request. */
export function renderPage({ title, body, head = '', bodyClass = '', shaded = false, signedOut = false, stylesheet = SLDS_STYLESHEET }: PageShell): string {
  const classes = shaded ? `slds-theme_shade ${bodyClass}`.trim() : bodyClass;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
${shaded ? SHADE_TO_BOTTOM : ''}${head}
</head>
<body class="${escapeHtml(classes)}">
${signedOut ? '' : SIGN_OUT}
${body}
</body>
</html>`;
}

/** Only same-origin paths: a login form must never send the agent to another site. */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

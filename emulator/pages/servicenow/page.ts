import { readFileSync } from 'node:fs';
import { escapeHtml, renderPage } from '../common';

const css = readFileSync(new URL('./workspace.css', import.meta.url), 'utf8');

export interface WorkspacePage {
  agent: { id: string; name: string; role?: string };
  table: string | null;
  sysId: string | null;
  interactionId: string | null;
}

/** JSON inside a <script>: `<` escaped so no value can close the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The Agent Workspace shell: dark header, record form, contextual side panel, softphone bar. */
export function workspacePage(page: WorkspacePage): string {
  const options = { agentId: page.agent.id, table: page.table, sysId: page.sysId, interactionId: page.interactionId };
  const main = page.table
    ? `<main class="record" aria-label="Record"><div id="record-form">Loading…</div></main>`
    : `<main class="record home" aria-label="Home"><h1 class="record-title">Agent home</h1><p>Make yourself available in the softphone; an answered call opens its case here.</p></main>`;
  return renderPage({
    title: 'Agent Workspace | Customer Card',
    head: `<link rel="stylesheet" href="/assets/softphone.css"><style>${css}</style>`,
    body: `<header class="now-header">
<span class="brand">servicenow</span><span>Customer Service</span>
<nav aria-label="Workspace"><a href="/now/cwf/agent/home">Home</a><a href="/simulator" target="_blank" rel="noopener">Customer simulator</a>${page.agent.role === 'admin' ? '<a href="/admin">Admin console</a>' : ''}</nav>
<span class="agent">${escapeHtml(page.agent.name)}</span>
</header>
<div class="workspace">
<div class="sidebar" aria-hidden="true"></div>
${main}
<aside class="context-panel" aria-label="Contextual side panel"><h2>Customer card</h2><x-cc-customer-card></x-cc-customer-card></aside>
</div>
<div class="softphone-bar" id="softphone"></div>
<script type="application/json" id="workspace-options">${scriptJson(options)}</script>
<script type="module" src="/assets/servicenow-boot.js"></script>`,
  });
}

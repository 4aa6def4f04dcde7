import { readFileSync } from 'node:fs';
import { escapeHtml, renderPage } from '../common';
import { SOFTPHONE_STYLESHEET } from '../common/assets';
import type { WorkspaceView } from './client/workspace';

const css = readFileSync(new URL('./workspace.css', import.meta.url), 'utf8');

export type { WorkspaceView };

export interface WorkspacePage {
  agent: { id: string; name: string; role?: string };
  view: WorkspaceView;
  interactionId: string | null;
}

/** JSON inside a <script>: `<` escaped so no value can close the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The left navigation: a list view per table, as the workspace's list module offers them. */
const NAV = [
  ['Home', '/now/cwf/agent/home'],
  ['Cases', '/now/cwf/agent/list/sn_customerservice_case'],
  ['Consumers', '/now/cwf/agent/list/csm_consumer'],
  ['Contacts', '/now/cwf/agent/list/customer_contact'],
  ['Accounts', '/now/cwf/agent/list/customer_account'],
  ['Interactions', '/now/cwf/agent/list/interaction'],
];

const HEADINGS: Record<WorkspaceView['kind'], string> = { home: 'Agent home', record: 'Record', list: 'List', search: 'Search results' };

/**
 * The Agent Workspace shell, laid out as Next Experience's CSM workspace: header with global
 * search, left navigation to the lists, record tabs, the main area, the contextual side panel
 * with the customer card, and the interaction panel (softphone) in its own column under the
 * main area, so however many interactions it holds it never covers the card.
 */
export function workspacePage(page: WorkspacePage): string {
  const { view } = page;
  const term = view.kind === 'search' ? view.term : '';
  const current = view.kind === 'list' ? `/now/cwf/agent/list/${view.table}` : view.kind === 'home' ? '/now/cwf/agent/home' : '';
  const nav = NAV.map(([label, href]) => `<a href="${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a>`).join('');
  return renderPage({
    title: 'Agent Workspace | Customer Card',
    // Preloaded beside the stylesheets: the bundle need not wait for the boot script to name it.
    head: `<link rel="modulepreload" href="/assets/build/servicenow/workspace.js"><link rel="stylesheet" href="${SOFTPHONE_STYLESHEET}"><style>${css}</style>`,
    body: `<header class="now-header">
<span class="brand">servicenow</span><span class="app-name">Customer Service</span>
<form class="global-search" role="search" action="/now/cwf/agent/search" method="get">
<label class="visually-hidden" for="global-search">Search consumers, contacts, accounts and cases</label>
<input id="global-search" name="q" type="search" autocomplete="off" placeholder="Search" value="${escapeHtml(term)}">
<button type="submit">Search</button>
</form>
<span class="agent">${escapeHtml(page.agent.name)}</span>
</header>
<div class="workspace">
<nav class="sidebar" aria-label="Lists">${nav}<a href="/simulator" target="_blank" rel="noopener">Customer simulator</a>${page.agent.role === 'admin' ? '<a href="/admin">Admin console</a>' : ''}</nav>
<nav class="record-tabs" aria-label="Open records" id="record-tabs"></nav>
<main class="record" id="workspace-main" aria-label="${HEADINGS[view.kind]}"><h1 class="record-title">${HEADINGS[view.kind]}</h1><p>Loading…</p></main>
<section class="interaction-panel" aria-label="Interaction panel"><div id="softphone"></div></section>
<aside class="context-panel" aria-label="Contextual side panel"><h2>Customer card</h2><div id="card-panel"></div></aside>
</div>
<script type="application/json" id="workspace-options">${scriptJson({ agentId: page.agent.id, view, interactionId: page.interactionId })}</script>
<script type="module" src="/assets/servicenow-boot.js"></script>`,
  });
}

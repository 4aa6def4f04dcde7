import type { CcContract, RouteResponse } from '../../../shared/contract';
import { escapeHtml } from '../common';
import { formatTime } from '../tickets/layout';

type Change = { path: string; before?: unknown; after?: unknown };
type Version = RouteResponse<CcContract['listConfigVersions']>['versions'][number];
type AuditEntry = RouteResponse<CcContract['getConfigAudit']>['entries'][number];

const shownValue = (value: unknown) => (value === undefined ? '<span class="slds-text-color_weak">(none)</span>' : `<code>${escapeHtml(JSON.stringify(value))}</code>`);

export function diffTable(changes: Change[], caption: string): string {
  if (changes.length === 0) return `<p>${escapeHtml(caption)}: no changes.</p>`;
  return `<table class="slds-table slds-table_bordered slds-table_cell-buffer slds-m-bottom_small"><caption class="slds-text-title_bold slds-p-vertical_x-small">${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">Setting</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
<tbody>${changes.map((c) => `<tr><th scope="row">${escapeHtml(c.path)}</th><td>${shownValue(c.before)}</td><td>${shownValue(c.after)}</td></tr>`).join('')}</tbody></table>`;
}

const ACTIONS: Record<string, string> = {
  initial: 'Initial',
  save: 'Saved',
  publish: 'Published',
  rollback: 'Rolled back',
  draft: 'Draft saved',
  'discard-draft': 'Draft discarded',
  setup: 'Queues and skills saved',
};

/** `GET /admin/versions`: every version, newest first, each with its diff and a rollback button. */
export function versionsPage(current: number, versions: Version[]): string {
  return versions
    .map(
      (v) => `<section class="slds-box slds-theme_default slds-m-bottom_small" aria-labelledby="v-${v.version}">
<h2 class="slds-text-heading_small" id="v-${v.version}">Version ${v.version}${v.version === current ? ' (current)' : ''}: ${escapeHtml(ACTIONS[v.action])}${v.rollbackOf ? ` to version ${v.rollbackOf}` : ''} by ${escapeHtml(v.author.name)}, ${formatTime(v.at)}</h2>
${diffTable(v.changes, `Changes of version ${v.version}`)}
${v.version === current ? '' : `<form method="post" action="/admin/versions/${v.version}/rollback"><button class="slds-button slds-button_neutral" type="submit">Roll back to version ${v.version}</button></form>`}
</section>`,
    )
    .join('');
}

/** `GET /admin/audit`: who changed what, newest first. */
export function auditPage(entries: AuditEntry[]): string {
  if (entries.length === 0) return '<p>No changes yet.</p>';
  return `<table class="slds-table slds-table_bordered slds-table_cell-buffer" id="audit"><caption class="slds-text-title_bold slds-p-vertical_x-small">Configuration changes</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Version</th><th scope="col">Changed settings</th></tr></thead>
<tbody>${entries
    .map(
      (e) =>
        `<tr><td>${formatTime(e.at)}</td><td>${escapeHtml(e.actor.name)} (${escapeHtml(e.actor.role)})</td><td>${escapeHtml(ACTIONS[e.action])}</td><td>${e.version ?? ''}</td><td>${escapeHtml(e.changes.map((c) => c.path).join(', '))}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

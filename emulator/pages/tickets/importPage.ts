import type { CcContract, RouteResponse } from '../../../shared/contract';
import { escapeHtml } from '../common';
import { PHASE_PERCENT } from './importPhase';
import { formatTime } from './layout';

export type RunDetail = RouteResponse<CcContract['getImport']>;
export type RunSummary = RouteResponse<CcContract['listImports']>['imports'][number];

function runSection(run: RunDetail): string {
  const { counts } = run.report;
  const skipped = run.report.skipped
    .map((s) => `<tr><td>${escapeHtml(s.kind)}</td><td>${escapeHtml(s.id)}</td><td>${escapeHtml(s.reason)}</td><td>${escapeHtml(s.text)}</td></tr>`)
    .join('\n');
  // A running import is followed in the page by the import-progress script.
  const running = run.state === 'running';
  return `<section class="slds-box slds-theme_default slds-m-bottom_medium" aria-labelledby="run-heading"${running ? ` data-import-run="${escapeHtml(run.id)}"` : ''}>
<h2 id="run-heading" class="slds-text-heading_medium">Import ${escapeHtml(run.id)} from ${escapeHtml(run.source)}</h2>
<p>Started ${formatTime(run.startedAt)}${run.finishedAt ? `, finished ${formatTime(run.finishedAt)}` : ''}</p>
<label for="import-progress" class="slds-form-element__label">Progress</label>
<progress id="import-progress" max="100" value="${PHASE_PERCENT[run.phase] ?? 0}" style="width: 100%">${PHASE_PERCENT[run.phase] ?? 0}%</progress>
<p id="import-status" role="status" aria-live="polite">${escapeHtml(run.state)}: ${run.progress.users} users and ${run.progress.tickets} tickets read</p>
${run.error ? `<div class="slds-notify slds-notify_alert slds-alert_error" role="alert">${escapeHtml(run.error)}</div>` : ''}
<h3 class="slds-text-heading_small slds-m-top_medium">Report</h3>
<ul class="slds-list_dotted">
<li>Users imported: ${counts.importedUsers}</li><li>Tickets imported: ${counts.importedTickets}</li>
<li>Users skipped: ${counts.skippedUsers}</li><li>Tickets skipped: ${counts.skippedTickets}</li></ul>
<table class="slds-table slds-table_bordered slds-table_cell-buffer slds-m-top_small"><caption class="slds-text-title_bold slds-p-vertical_x-small">Skipped, and why</caption>
<thead><tr><th scope="col">Kind</th><th scope="col">Id</th><th scope="col">Reason</th><th scope="col">Explanation</th></tr></thead><tbody>${skipped}</tbody></table>
</section>${running ? '<script type="module" src="/assets/build/scripts/import-progress.js"></script>' : ''}`;
}

/** `GET /tickets/import`: start an import, follow its progress, read its report. */
export function importPage(runs: RunSummary[], selected: RunDetail | null, error?: string): string {
  const history = runs
    .map((r) => `<li><a href="/tickets/import?run=${encodeURIComponent(r.id)}">${escapeHtml(r.id)}</a> ${escapeHtml(r.source)}, ${escapeHtml(r.state)}, ${formatTime(r.startedAt)}</li>`)
    .join('');
  return `<form method="post" action="/tickets/import" class="slds-box slds-theme_default slds-m-bottom_medium">
<div class="slds-form-element slds-m-bottom_small"><label class="slds-form-element__label" for="source">CRM to import from</label>
<div class="slds-form-element__control"><select class="slds-select" id="source" name="source"><option value="zendesk">Zendesk</option><option value="salesforce">Salesforce</option></select></div></div>
<button class="slds-button slds-button_brand" type="submit">Start import</button></form>
${error ? `<div class="slds-notify slds-notify_alert slds-alert_error slds-m-bottom_medium" role="alert">${escapeHtml(error)}</div>` : ''}
${selected ? runSection(selected) : ''}
<section aria-labelledby="history-heading"><h2 id="history-heading" class="slds-text-heading_small">Earlier imports</h2><ul>${history || '<li>None yet.</li>'}</ul></section>`;
}

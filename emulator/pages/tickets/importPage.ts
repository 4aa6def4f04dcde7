import type { CcContract, RouteResponse } from '../../../shared/contract';
import { escapeHtml } from '../common';
import { PHASE_PERCENT } from './importPhase';
import { formatTime, scrollBox } from './layout';
import { reportRows } from './reportFile';

export type RunDetail = RouteResponse<CcContract['getImport']>;
export type RunSummary = RouteResponse<CcContract['listImports']>['imports'][number];

const REASON_ALL = '';

/** Every imported and skipped entry of the run, filtered by reason, with the downloads. */
const REPORT_PAGE_SIZE = 100;

/** A large report (100k entries) is read a page at a time; the downloads hold all of it. */
function reportPager(run: RunDetail, reason: string | undefined, page: number, pages: number): string {
  if (pages <= 1) return '';
  const link = (to: number, label: string, rel: string) => {
    const params = new URLSearchParams({ run: run.id, ...(reason ? { reason } : {}), reportPage: String(to) });
    return `<a class="slds-button slds-button_neutral" rel="${rel}" href="/tickets/import?${escapeHtml(params.toString())}">${label}</a>`;
  };
  return `<nav aria-label="Report pages" class="slds-m-vertical_small">${page > 1 ? link(page - 1, 'Previous entries', 'prev') : ''}
<span class="slds-m-horizontal_small">Entries page ${page} of ${pages}</span>${page < pages ? link(page + 1, 'Next entries', 'next') : ''}</nav>`;
}

function reportTable(run: RunDetail, reason: string | undefined, reportPage = 1): string {
  const rows = reportRows(run);
  const reasons = [...new Set(rows.map((r) => (r.outcome === 'imported' ? 'imported' : r.reason)))].sort();
  const matching = reason ? rows.filter((r) => (r.outcome === 'imported' ? 'imported' : r.reason) === reason) : rows;
  const pages = Math.max(1, Math.ceil(matching.length / REPORT_PAGE_SIZE));
  const page = Math.min(Math.max(1, reportPage), pages);
  const shown = matching.slice((page - 1) * REPORT_PAGE_SIZE, page * REPORT_PAGE_SIZE);
  const options = [`<option value="${REASON_ALL}">Every entry (${rows.length})</option>`, ...reasons.map((r) => `<option value="${escapeHtml(r)}"${r === reason ? ' selected' : ''}>${escapeHtml(r)} (${rows.filter((x) => (x.outcome === 'imported' ? 'imported' : x.reason) === r).length})</option>`)].join('');
  const body = shown
    .map((r) => `<tr><td>${r.outcome}</td><td>${escapeHtml(r.kind)}</td><td>${escapeHtml(r.id)}</td><td>${escapeHtml(r.reason)}</td><td>${escapeHtml(r.explanation)}</td></tr>`)
    .join('\n');
  const base = `/tickets/import/${encodeURIComponent(run.id)}/report`;
  return `<form method="get" action="/tickets/import" class="slds-grid slds-grid_vertical-align-end slds-wrap slds-m-top_small" aria-label="Filter the report">
<input type="hidden" name="run" value="${escapeHtml(run.id)}">
<div class="slds-form-element slds-m-right_small"><label class="slds-form-element__label" for="report-reason">Show</label>
<div class="slds-form-element__control"><select class="slds-select" id="report-reason" name="reason">${options}</select></div></div>
<button class="slds-button slds-button_neutral" type="submit">Filter</button>
<a class="slds-button slds-button_outline-brand slds-m-left_small" href="${base}.csv" download>Download CSV</a>
<a class="slds-button slds-button_outline-brand" href="${base}.json" download>Download JSON</a></form>
${scrollBox('Import report')}<table class="slds-table slds-table_bordered slds-table_cell-buffer slds-m-top_small"><caption class="slds-text-title_bold slds-p-vertical_x-small">Imported and skipped users and tickets (${matching.length} ${reason ? 'matching' : 'in all'}${pages > 1 ? `, ${shown.length} on this page` : ''})</caption>
<thead><tr><th scope="col">Outcome</th><th scope="col">Kind</th><th scope="col">Id</th><th scope="col">Reason</th><th scope="col">Explanation</th></tr></thead><tbody>${body}</tbody></table></div>${reportPager(run, reason, page, pages)}`;
}

function runSection(run: RunDetail, reason: string | undefined, reportPage?: number): string {
  const { counts } = run.report;
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
${reportTable(run, reason, reportPage)}
</section>${running ? '<script type="module" src="/assets/build/scripts/import-progress.js"></script>' : ''}`;
}

/** `GET /tickets/import`: start an import, follow its progress, read its report. */
export function importPage(runs: RunSummary[], selected: RunDetail | null, error?: string, reason?: string, reportPage?: number): string {
  const history = runs
    .map((r) => `<li><a href="/tickets/import?run=${encodeURIComponent(r.id)}">${escapeHtml(r.id)}</a><div class="slds-text-color_weak">${escapeHtml(r.source)}, ${escapeHtml(r.state)}, ${formatTime(r.startedAt)}</div></li>`)
    .join('');
  return `<form method="post" action="/tickets/import" class="slds-box slds-theme_default slds-m-bottom_medium">
<div class="slds-form-element slds-m-bottom_small"><label class="slds-form-element__label" for="source">CRM to import from</label>
<div class="slds-form-element__control"><select class="slds-select" id="source" name="source"><option value="zendesk">Zendesk</option><option value="salesforce">Salesforce</option></select></div></div>
<button class="slds-button slds-button_brand" type="submit">Start import</button></form>
${error ? `<div class="slds-notify slds-notify_alert slds-alert_error slds-m-bottom_medium" role="alert">${escapeHtml(error)}</div>` : ''}
${selected ? runSection(selected, reason, reportPage) : ''}
<section aria-labelledby="history-heading"><h2 id="history-heading" class="slds-text-heading_small">Earlier imports</h2><ul>${history || '<li>None yet.</li>'}</ul></section>`;
}

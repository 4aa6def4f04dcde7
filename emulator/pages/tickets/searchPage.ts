import type { CcContract, RouteResponse } from '../../../shared/contract';
import { escapeHtml } from '../common';
import { formatTime } from './layout';

/** The contact-center API's answer to a ticket search. */
export type SearchResults = RouteResponse<CcContract['searchTickets']>;

const FIELDS = [
  { name: 'q', label: 'Text', type: 'search' },
  { name: 'status', label: 'Status', type: 'text' },
  { name: 'channel', label: 'Channel', type: 'text' },
  { name: 'agent', label: 'Agent (name or email)', type: 'text' },
  { name: 'contact', label: 'Contact (name or email)', type: 'text' },
  { name: 'from', label: 'Created from', type: 'date' },
  { name: 'to', label: 'Created to', type: 'date' },
] as const;

function filterForm(query: Record<string, string>): string {
  const inputs = FIELDS.map(
    (f) => `<div class="slds-form-element slds-size_1-of-1 slds-medium-size_1-of-4 slds-p-right_small slds-m-bottom_small">
<label class="slds-form-element__label" for="f-${f.name}">${f.label}</label>
<div class="slds-form-element__control"><input class="slds-input" id="f-${f.name}" name="${f.name}" type="${f.type}" value="${escapeHtml(query[f.name] ?? '')}"></div></div>`,
  ).join('\n');
  return `<form method="get" action="/tickets" role="search" aria-label="Ticket filters" class="slds-box slds-theme_default slds-m-bottom_medium">
<div class="slds-grid slds-wrap">${inputs}</div>
<button class="slds-button slds-button_brand" type="submit">Search</button> <a class="slds-button slds-button_neutral" href="/tickets">Clear</a></form>`;
}

function pager(results: SearchResults, query: Record<string, string>): string {
  const pages = Math.max(1, Math.ceil(results.total / results.pageSize));
  const link = (page: number, label: string, rel: string) => {
    const params = new URLSearchParams({ ...query, page: String(page) });
    return `<a class="slds-button slds-button_neutral" rel="${rel}" href="/tickets?${escapeHtml(params.toString())}">${label}</a>`;
  };
  return `<nav aria-label="Result pages" class="slds-m-vertical_medium">
${results.page > 1 ? link(results.page - 1, 'Previous page', 'prev') : ''}
<span class="slds-m-horizontal_small">Page ${results.page} of ${pages}</span>
${results.page < pages ? link(results.page + 1, 'Next page', 'next') : ''}</nav>`;
}

/** `GET /tickets`: filters, results and paging, all plain links and forms. */
export function searchPage(results: SearchResults | { errors: string[] }, query: Record<string, string>): string {
  if ('errors' in results) {
    return `${filterForm(query)}<div class="slds-notify slds-notify_alert slds-alert_error" role="alert"><ul>${results.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul></div>`;
  }
  const rows = results.tickets
    .map(
      (t) => `<tr><th scope="row"><a href="/tickets/${encodeURIComponent(t.id)}">${escapeHtml(t.subject || '(no subject)')}</a></th>
<td>${escapeHtml(t.status)}</td><td>${escapeHtml(t.channel)}${t.recordings > 0 ? ' (recorded)' : ''}</td><td>${escapeHtml(t.requester?.name ?? '')}</td>
<td>${escapeHtml(t.assignee?.name ?? '')}</td><td>${formatTime(t.createdAt)}</td><td>${escapeHtml(t.crm)}</td></tr>`,
    )
    .join('\n');
  return `${filterForm(query)}
<h2 class="slds-text-heading_medium slds-m-bottom_small" id="results-heading">${results.total} ticket${results.total === 1 ? '' : 's'} found</h2>
<table class="slds-table slds-table_bordered slds-table_cell-buffer" aria-labelledby="results-heading">
<thead><tr><th scope="col">Subject</th><th scope="col">Status</th><th scope="col">Channel</th><th scope="col">Contact</th><th scope="col">Agent</th><th scope="col">Created</th><th scope="col">CRM</th></tr></thead>
<tbody>${rows}</tbody></table>
${pager(results, query)}`;
}

import type { CcContract, RouteResponse } from '../../../shared/contract';
import { TICKET_CHANNELS, ticketChannelLabel } from '../../../shared/tickets/channels';
import { escapeHtml } from '../common';
import { formatTime, scrollBox } from './layout';
import { sourceName } from './sourceName';

/** The contact-center API's answer to a ticket search. */
export type SearchResults = RouteResponse<CcContract['searchTickets']>;
type FilterName = RouteResponse<CcContract['getTicketPreferences']>['visibleFilters'][number];

interface Field {
  name: FilterName;
  label: string;
  type: 'search' | 'text' | 'date' | 'facet';
  suggest?: 'agent' | 'contact';
}

export const SEARCH_FIELDS: readonly Field[] = [
  { name: 'q', label: 'Text', type: 'search' },
  { name: 'status', label: 'Status', type: 'facet' },
  { name: 'channel', label: 'Channel', type: 'facet' },
  { name: 'agent', label: 'Agent (name or email)', type: 'text', suggest: 'agent' },
  { name: 'contact', label: 'Contact (name or email)', type: 'text', suggest: 'contact' },
  { name: 'from', label: 'Created from', type: 'date' },
  { name: 'to', label: 'Created to', type: 'date' },
];

const SORTS = [
  ['relevance', 'Best match (newest first without text)'],
  ['created', 'Newest created'],
  ['updated', 'Last updated'],
] as const;

const STATUS_LABELS: Record<string, string> = { solved: 'Solved', closed: 'Closed', resolved: 'Resolved' };

/** The values of a facet as choices with their counts; a chosen value stays listed even at 0. */
function facetOptions(name: 'status' | 'channel', counts: Record<string, number>, chosen: string | undefined): string {
  const known = name === 'channel' ? TICKET_CHANNELS.map((c) => c.value as string) : Object.keys(STATUS_LABELS);
  const values = [...new Set([...Object.keys(counts), ...known, ...(chosen ? [chosen.toLowerCase()] : [])])];
  const label = (value: string) => (name === 'channel' ? ticketChannelLabel(value) : (STATUS_LABELS[value] ?? value));
  const ordered = values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || label(a).localeCompare(label(b)));
  return [`<option value="">Any ${name}</option>`, ...ordered.map((v) => `<option value="${escapeHtml(v)}"${chosen?.toLowerCase() === v ? ' selected' : ''}>${escapeHtml(label(v))} (${counts[v] ?? 0})</option>`)].join('');
}

function control(field: Field, query: Record<string, string>, facets: SearchResults['facets'] | undefined): string {
  const id = `f-${field.name}`;
  if (field.type === 'facet') {
    const name = field.name as 'status' | 'channel';
    return `<select class="slds-select" id="${id}" name="${name}">${facetOptions(name, facets?.[name] ?? {}, query[name])}</select>`;
  }
  const suggest = field.suggest ? ` list="${id}-suggestions" autocomplete="off" data-suggest="${field.suggest}"` : '';
  const list = field.suggest ? `<datalist id="${id}-suggestions"></datalist>` : '';
  return `<input class="slds-input" id="${id}" name="${field.name}" type="${field.type}" value="${escapeHtml(query[field.name] ?? '')}"${suggest}>${list}`;
}

function filterForm(query: Record<string, string>, visible: readonly FilterName[], facets?: SearchResults['facets']): string {
  // A hidden filter that is set keeps working (and stays visible) so no search changes meaning silently.
  const shown = SEARCH_FIELDS.filter((f) => visible.includes(f.name) || query[f.name]);
  const inputs = shown
    .map(
      (f) => `<div class="slds-form-element slds-size_1-of-1 slds-medium-size_1-of-4 slds-p-right_small slds-m-bottom_small">
<label class="slds-form-element__label" for="f-${f.name}">${f.label}</label>
<div class="slds-form-element__control">${control(f, query, facets)}</div></div>`,
    )
    .join('\n');
  const sort = `<div class="slds-form-element slds-size_1-of-1 slds-medium-size_1-of-4 slds-p-right_small slds-m-bottom_small">
<label class="slds-form-element__label" for="f-sort">Sort by</label>
<div class="slds-form-element__control"><select class="slds-select" id="f-sort" name="sort">${SORTS.map(([v, l]) => `<option value="${v}"${(query.sort ?? 'relevance') === v ? ' selected' : ''}>${l}</option>`).join('')}</select></div></div>`;
  return `<form method="get" action="/tickets" role="search" aria-label="Ticket filters" class="slds-box slds-theme_default slds-m-bottom_medium">
<div class="slds-grid slds-wrap">${inputs}${sort}</div>
<button class="slds-button slds-button_brand" type="submit">Search</button> <a class="slds-button slds-button_neutral" href="/tickets">Clear</a></form>`;
}

/** The agent chooses which filters the panel shows; the choice is kept for them. */
function panelChooser(visible: readonly FilterName[]): string {
  const boxes = SEARCH_FIELDS.map(
    (f) => `<div class="slds-form-element slds-m-right_medium"><div class="slds-checkbox"><input type="checkbox" name="visible" value="${f.name}" id="show-${f.name}"${visible.includes(f.name) ? ' checked' : ''}>
<label class="slds-checkbox__label" for="show-${f.name}"><span class="slds-checkbox_faux"></span><span class="slds-form-element__label">Show ${f.label.charAt(0).toLowerCase()}${f.label.slice(1)}</span></label></div></div>`,
  ).join('');
  return `<details class="slds-m-bottom_medium"><summary>Choose the filters shown</summary>
<form method="post" action="/tickets/preferences" class="slds-box slds-theme_default slds-m-top_x-small"><fieldset><legend class="slds-form-element__legend">Filters shown in the panel</legend><div class="slds-grid slds-wrap">${boxes}</div></fieldset>
<button class="slds-button slds-button_neutral slds-m-top_small" type="submit">Save filter panel</button></form></details>`;
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

/** The channel facet as links too: one click narrows the search, with the count beside each. */
function channelFacet(results: SearchResults, query: Record<string, string>): string {
  const entries = Object.entries(results.facets.channel).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return '';
  const items = entries
    .map(([value, count]) => {
      const params = new URLSearchParams({ ...query, channel: value });
      params.delete('page');
      return `<li class="slds-item"><a href="/tickets?${escapeHtml(params.toString())}">${escapeHtml(ticketChannelLabel(value))}</a> <span class="slds-badge">${count}</span></li>`;
    })
    .join('');
  return `<nav aria-label="Channels" class="slds-m-bottom_small"><h2 class="slds-text-title_caps slds-m-bottom_x-small" id="channel-facet">Channels</h2><ul class="slds-list_horizontal slds-has-dividers_left" aria-labelledby="channel-facet">${items}</ul></nav>`;
}

const SUGGEST_SCRIPT = '<script type="module" src="/assets/build/scripts/ticket-suggestions.js"></script>';

/** `GET /tickets`: filters with counts and suggestions, results and paging, all plain links and forms. */
export function searchPage(results: SearchResults | { errors: string[] }, query: Record<string, string>, visible: readonly FilterName[]): string {
  if ('errors' in results) {
    return `${filterForm(query, visible)}<div class="slds-notify slds-notify_alert slds-alert_error" role="alert"><ul>${results.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul></div>${SUGGEST_SCRIPT}`;
  }
  const rows = results.tickets
    .map(
      (t) => `<tr><th scope="row"><a href="/tickets/${encodeURIComponent(t.id)}">${escapeHtml(t.subject || '(no subject)')}</a></th>
<td>${escapeHtml(STATUS_LABELS[t.status] ?? t.status)}</td><td>${escapeHtml(ticketChannelLabel(t.channel))}${t.recordings > 0 ? ' (recorded)' : ''}</td><td>${escapeHtml(t.requester?.name ?? '')}</td>
<td>${escapeHtml(t.assignee?.name ?? '')}</td><td>${formatTime(t.createdAt)}</td><td>${escapeHtml(sourceName(t.crm))}</td></tr>`,
    )
    .join('\n');
  return `${filterForm(query, visible, results.facets)}${panelChooser(visible)}
${channelFacet(results, query)}
<h2 class="slds-text-heading_medium slds-m-bottom_small" id="results-heading" role="status">${results.total} ticket${results.total === 1 ? '' : 's'} found</h2>
${scrollBox('Tickets found')}<table class="slds-table slds-table_bordered slds-table_cell-buffer" aria-labelledby="results-heading">
<thead><tr><th scope="col">Subject</th><th scope="col">Status</th><th scope="col">Channel</th><th scope="col">Contact</th><th scope="col">Agent</th><th scope="col">Created</th><th scope="col">CRM</th></tr></thead>
<tbody>${rows}</tbody></table></div>
${pager(results, query)}${SUGGEST_SCRIPT}`;
}

import type { CcContract, RouteResponse } from '../../../shared/contract';
import { escapeHtml } from '../common';
import { formatTime, scrollBox } from './layout';

export type PushSource = RouteResponse<CcContract['listPushSources']>['sources'][number];

/** A key just made: shown once, in this answer only; the service keeps only its hash. */
export interface NewKey {
  sourceId: string;
  apiKey: string;
}

/** The open import API on the import page: the systems allowed to push, their keys, and a new one. */
export function pushSourcesSection(sources: PushSource[], origin: string, options: { newKey?: NewKey; error?: string; typedName?: string } = {}): string {
  const rows = sources
    .map(
      (s) => `<tr><th scope="row">${escapeHtml(s.name)}</th><td><code>${escapeHtml(s.id)}</code></td><td>${escapeHtml(s.keyHint)}</td><td>${formatTime(s.lastPushAt) || 'never'}</td>
<td><form method="post" action="/tickets/import/sources/${encodeURIComponent(s.id)}/key"><button class="slds-button slds-button_neutral" type="submit" aria-label="New key for ${escapeHtml(s.name)}">New key</button></form></td></tr>`,
    )
    .join('');
  const key = options.newKey
    ? `<div class="slds-notify slds-notify_alert slds-alert_warning slds-m-bottom_small" role="status"><p>API key for <code>${escapeHtml(options.newKey.sourceId)}</code>, shown only now:
<code id="new-api-key" class="slds-m-left_x-small">${escapeHtml(options.newKey.apiKey)}</code></p></div>`
    : '';
  const error = options.error ? `<div class="slds-form-element__help" id="source-name-error">${escapeHtml(options.error)}</div>` : '';
  return `<section class="slds-box slds-theme_default slds-m-bottom_medium" aria-labelledby="push-heading">
<h2 id="push-heading" class="slds-text-heading_small">Systems that push tickets</h2>
<p class="slds-m-bottom_small">Any ticketing system can send users and tickets to <code>POST ${escapeHtml(origin)}/cc/v1/imports/push</code> with its key in the <code>X-API-Key</code> header; the schema is in the <a href="/cc/v1/openapi.json">OpenAPI document</a>.</p>
${key}
${scrollBox('Push sources')}<table class="slds-table slds-table_bordered slds-table_cell-buffer"><thead><tr><th scope="col">Name</th><th scope="col">Source id</th><th scope="col">Key</th><th scope="col">Last push</th><th scope="col"><span class="slds-assistive-text">Actions</span></th></tr></thead>
<tbody>${rows || '<tr><td colspan="5">None yet.</td></tr>'}</tbody></table></div>
<form method="post" action="/tickets/import/sources" class="slds-m-top_small slds-grid slds-grid_vertical-align-end slds-wrap">
<div class="slds-form-element slds-m-right_small${options.error ? ' slds-has-error' : ''}"><label class="slds-form-element__label" for="source-name">New source name</label>
<div class="slds-form-element__control"><input class="slds-input" id="source-name" name="name" required pattern="[a-z0-9][a-z0-9-]{0,39}" value="${escapeHtml(options.typedName ?? '')}"${options.error ? ' aria-invalid="true" aria-describedby="source-name-error"' : ''} placeholder="freshdesk"></div>${error}</div>
<button class="slds-button slds-button_brand" type="submit">Add source</button></form></section>`;
}

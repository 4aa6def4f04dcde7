import type { CcContract, RouteResponse } from '../../../shared/contract';
import { CRM_NAMES } from '../../../shared';
import type { Identifier } from '../../../shared/ivr';
import { escapeHtml } from '../common';

export type LookupResult = RouteResponse<CcContract['testLookup']>;
export type ConnectionResult = RouteResponse<CcContract['testConnection']>;

type Shown = { method: string; url: string; status?: number; ms?: number; parts?: Shown[] };

/** A request's query, decoded, one parameter a line: what the admin reads (`FIND {4155551000} ...`), not `%7B`. */
function queryParameters(url: string): string {
  let params: [string, string][];
  try {
    params = [...new URL(url).searchParams];
  } catch {
    return '';
  }
  if (!params.length) return '';
  return `<dl class="slds-dl_horizontal slds-m-vertical_xx-small">${params.map(([name, value]) => `<dt class="slds-dl_horizontal__label">${escapeHtml(name)}</dt><dd class="slds-dl_horizontal__detail"><code>${escapeHtml(value)}</code></dd>`).join('')}</dl>`;
}

/** The request line without its query, which follows decoded; the exact URL stays one click away. */
function requestLine(method: string, url: string): string {
  const query = url.indexOf('?');
  return `<code>${escapeHtml(method)} ${escapeHtml(query < 0 ? url : url.slice(0, query))}</code>`;
}

const requestItem = (r: Shown): string =>
  `<li>${requestLine(r.method, r.url)} → ${escapeHtml(r.status ?? 'no answer')}${r.ms === undefined ? '' : ` in ${r.ms} ms`}${queryParameters(r.url)}${
    r.url.includes('?') ? `<details class="slds-text-body_small"><summary>Exact URL</summary><code>${escapeHtml(r.url)}</code></details>` : ''
  }${r.parts ? requestList(r.parts) : ''}</li>`;

// A lookup's URL runs to kilobytes (every phone format): it wraps rather than widening the page. A batch lists the requests it carried.
export const requestList = (requests: Shown[]): string => `<ol class="slds-list_ordered" style="overflow-wrap:anywhere">${requests.map(requestItem).join('')}</ol>`;

/** What the IVR took the tested value for, as the heading says it. */
const KIND_LABELS: Record<Identifier, string> = { ani: 'a phone number', 'account-number': 'an account number', 'case-number': 'a case number', email: 'an email address' };

/** Test lookup's answer as Genesys' data action test shows it: each CRM, then the greeting and the decision with its reasons. */
export function lookupResult(result: LookupResult): string {
  const crms = result.crms
    .map(
      (c) => `<section class="slds-box slds-m-bottom_small" aria-label="${escapeHtml(CRM_NAMES[c.crm])}"><h3 class="slds-text-heading_small">${escapeHtml(CRM_NAMES[c.crm])}: ${c.skipped ? `skipped (${escapeHtml(c.skipped)})` : `${c.matches.length} match${c.matches.length === 1 ? '' : 'es'}`} in ${c.ms} ms</h3>
<h4 class="slds-text-title_bold slds-m-top_x-small">Requests</h4>${requestList(c.requests)}
<h4 class="slds-text-title_bold slds-m-top_x-small">Matches</h4><ul class="slds-list_dotted">${c.matches.map((m) => `<li>${escapeHtml(m.object)} ${escapeHtml(m.id)} ${escapeHtml(m.name)}</li>`).join('') || '<li>None</li>'}</ul></section>`,
    )
    .join('');
  const facts = Object.entries(result.facts).map(([k, v]) => `<li>${escapeHtml(k)}: ${escapeHtml(typeof v === 'object' ? JSON.stringify(v) : v)}</li>`).join('');
  return `<section id="test-result" class="slds-box slds-theme_default slds-m-bottom_medium" aria-labelledby="test-result-heading" tabindex="-1">
<h2 id="test-result-heading" class="slds-text-heading_medium">Test of ${escapeHtml(KIND_LABELS[result.kind])} against the ${result.draft ? 'draft' : 'published version'}</h2>
${crms}
<dl class="slds-dl_horizontal">
<dt class="slds-dl_horizontal__label">Outcome</dt><dd class="slds-dl_horizontal__detail" id="test-outcome">${escapeHtml(result.outcome)}${result.identified ? `: ${escapeHtml(result.identified.crm)} ${escapeHtml(result.identified.object)} ${escapeHtml(result.identified.name)}` : ''}</dd>
<dt class="slds-dl_horizontal__label">Greeting</dt><dd class="slds-dl_horizontal__detail" id="test-greeting">${escapeHtml(result.greeting)}</dd>
<dt class="slds-dl_horizontal__label">Queue</dt><dd class="slds-dl_horizontal__detail" id="test-queue">${escapeHtml(result.routing.queue)}</dd>
<dt class="slds-dl_horizontal__label">Skills</dt><dd class="slds-dl_horizontal__detail">${escapeHtml(result.routing.skills.join(', ') || 'none')}</dd>
</dl>
<h3 class="slds-text-heading_small slds-m-top_small">Reasons</h3><ul class="slds-list_dotted" id="test-reasons">${result.routing.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('') || '<li>No rule fired: the default queue.</li>'}</ul>
<h3 class="slds-text-heading_small slds-m-top_small">Facts</h3><ul class="slds-list_dotted">${facts || '<li>None</li>'}</ul>${actionRuns(result.actions)}</section>`;
}

/** The lookup plan's data action steps as the call would run them: each one's outcome, time and why. */
function actionRuns(runs: LookupResult['actions']): string {
  if (!runs?.length) return '';
  const items = runs.map((r) => `<li>${escapeHtml(r.action)}: ${escapeHtml(r.outcome)} in ${Math.round(r.ms)} ms${r.reason ? ` (${escapeHtml(r.reason)}${r.detail ? `: ${escapeHtml(r.detail)}` : ''})` : ''}</li>`).join('');
  return `<h3 class="slds-text-heading_small slds-m-top_small">Data actions</h3><ul class="slds-list_dotted" id="test-actions">${items}</ul>`;
}

export function connectionResult(result: ConnectionResult): string {
  return `<section id="test-result" class="slds-box slds-theme_default slds-m-bottom_medium" aria-labelledby="test-result-heading" tabindex="-1">
<h2 id="test-result-heading" class="slds-text-heading_medium">${escapeHtml(CRM_NAMES[result.crm])}: ${result.ok ? 'connected' : 'failed'} in ${result.ms} ms</h2>
${result.error ? `<p role="alert">${escapeHtml(result.error)}</p>` : ''}${result.record ? `<p>Read ${escapeHtml(result.record.object)} ${escapeHtml(result.record.id)} ${escapeHtml(result.record.name)}</p>` : ''}
${requestList(result.requests)}</section>`;
}

/** The Test lookup form; it keeps what was typed. */
export function lookupForm(action: string, label: string, value = '', kind = ''): string {
  const kinds = ['', 'ani', 'account-number', 'case-number', 'email'];
  return `<form method="post" action="${escapeHtml(action)}" class="slds-box slds-theme_default slds-m-bottom_medium">
<h2 class="slds-text-heading_small slds-m-bottom_x-small">${escapeHtml(label)}</h2>
<div class="slds-form-element"><label class="slds-form-element__label" for="test-value">Phone number, account number, case number or email</label>
<div class="slds-form-element__control"><input class="slds-input" id="test-value" name="value" value="${escapeHtml(value)}" required></div></div>
<div class="slds-form-element"><label class="slds-form-element__label" for="test-kind">It is a</label>
<div class="slds-form-element__control"><select class="slds-select" id="test-kind" name="kind">${kinds.map((k) => `<option value="${k}"${k === kind ? ' selected' : ''}>${k || 'guess from the value'}</option>`).join('')}</select></div></div>
<button class="slds-button slds-button_brand slds-m-top_x-small" type="submit">${escapeHtml(label)}</button></form>`;
}

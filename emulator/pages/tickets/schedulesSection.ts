import type { CcContract, RouteResponse } from '../../../shared/contract';
import { escapeHtml } from '../common';
import { formatTime } from './layout';

export type ImportScheduleView = RouteResponse<CcContract['listImportSchedules']>['schedules'][number];

const SOURCE_NAMES: Record<string, string> = { zendesk: 'Zendesk', salesforce: 'Salesforce' };

/** The failed sources, at the top of the page: what failed, when, and the CRM's own words. */
export function importAlerts(schedules: ImportScheduleView[]): string {
  return schedules
    .filter((s) => s.alert)
    .map(
      (s) => `<div class="slds-notify slds-notify_alert slds-alert_error slds-m-bottom_small" role="alert">
<p>The last import from ${SOURCE_NAMES[s.source]} failed at ${formatTime(s.alert!.at)}: ${escapeHtml(s.alert!.error)}. <a href="/tickets/import?run=${encodeURIComponent(s.alert!.runId)}">See the run</a>. The next run goes on from where the last good one stopped.</p></div>`,
    )
    .join('');
}

/** Each source's interval; a refused value stays in the field with the reason beside it. */
export function schedulesSection(schedules: ImportScheduleView[], refused?: { source: string; typed: string; error: string }): string {
  const rows = schedules
    .map((s) => {
      const mine = refused?.source === s.source ? refused : undefined;
      const id = `every-${s.source}`;
      const value = mine ? mine.typed : s.everyMinutes === null ? '' : String(s.everyMinutes);
      const help = mine ? `<div class="slds-form-element__help" id="${id}-error">${escapeHtml(mine.error)}</div>` : '';
      const last = s.lastRun ? `${escapeHtml(s.lastRun.state)}, ${formatTime(s.lastRun.finishedAt ?? s.lastRun.startedAt)}` : 'none yet';
      return `<form method="post" action="/tickets/import/schedules/${s.source}" class="slds-grid slds-grid_vertical-align-end slds-wrap slds-m-bottom_small">
<div class="slds-form-element slds-m-right_small${mine ? ' slds-has-error' : ''}"><label class="slds-form-element__label" for="${id}">${SOURCE_NAMES[s.source]}: minutes between runs (empty: by hand only)</label>
<div class="slds-form-element__control"><input class="slds-input" id="${id}" name="everyMinutes" inputmode="numeric" value="${escapeHtml(value)}"${mine ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''}></div>${help}</div>
<button class="slds-button slds-button_neutral slds-m-right_small" type="submit">Save schedule</button>
<span class="slds-text-color_weak">Next run: ${s.nextRunAt ? formatTime(s.nextRunAt) : 'by hand'} · Last run: ${last}</span></form>`;
    })
    .join('');
  return `<section class="slds-box slds-theme_default slds-m-bottom_medium" aria-labelledby="schedules-heading">
<h2 id="schedules-heading" class="slds-text-heading_small slds-m-bottom_small">Scheduled imports</h2>${rows}</section>`;
}

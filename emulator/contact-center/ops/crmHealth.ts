import { Histogram } from 'prom-client';
import type { CrmConnection } from '../crm/connections';

type CrmName = CrmConnection['crm'];

/** The state `/readyz` reports per CRM connection: how its last search went (a CRM down never makes the service unready, §7.7). */
export interface CrmState {
  state: 'no-search-yet' | 'answering' | 'failing';
  at?: string;
  reason?: string;
}

const crmLookupDuration = new Histogram({
  name: 'cc_ivr_lookup_duration_seconds',
  help: 'Time of one CRM search during an IVR lookup, by CRM and outcome (skipped: failed or over the time budget)',
  labelNames: ['crm', 'outcome'],
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
});

const lastSearch = new Map<CrmName, CrmState>();

/** Records one CRM search: its time for `/metrics`, its outcome for `/readyz`. */
export function recordCrmSearch(crm: CrmName, seconds: number, failure: string | undefined, at: Date): void {
  crmLookupDuration.observe({ crm, outcome: failure ? 'skipped' : 'found' }, seconds);
  lastSearch.set(crm, failure ? { state: 'failing', at: at.toISOString(), reason: failure } : { state: 'answering', at: at.toISOString() });
}

export function crmState(crm: CrmName): CrmState {
  return lastSearch.get(crm) ?? { state: 'no-search-yet' };
}

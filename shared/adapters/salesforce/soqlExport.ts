import type { ExportPage, ExportStart } from '../../ports/exportPage';
import type { SalesforceApi } from './api';
import type { SoqlRow } from './soql';

interface QueryPage {
  done: boolean;
  records: SoqlRow[];
  nextRecordsUrl?: string;
}

/** Where a SOQL export stands: the next batch to fetch, or the modstamp the next run starts after. */
interface SoqlCursor {
  /** The object being walked (index into the export's object list). */
  step: number;
  next?: string;
  /** Per object, the last `SystemModstamp` seen. */
  since: Record<string, string>;
}

export interface SoqlExportStep<T> {
  object: string;
  /** The SOQL for rows changed after `since` (an ISO datetime), ordered by `SystemModstamp, Id`. */
  soql(since: string): string;
  toItem(row: SoqlRow): T;
}

/**
 * An incremental export over SOQL: `queryAll` (so deleted rows show, with `IsDeleted`) from the
 * last `SystemModstamp`, one `nextRecordsUrl` batch per page
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_queryall.htm).
 * The cursor is this module's own JSON, opaque to the caller.
 */
export async function soqlExportPage<T>(api: SalesforceApi, steps: SoqlExportStep<T>[], start: ExportStart): Promise<ExportPage<T>> {
  const cursor = readCursor(start, steps);
  const step = steps[cursor.step];
  const page = await api.call<QueryPage>(cursor.next ?? `/queryAll?q=${encodeURIComponent(step.soql(cursor.since[step.object]))}`);
  const since = { ...cursor.since };
  for (const row of page.records) {
    const stamp = row.SystemModstamp;
    if (typeof stamp === 'string' && stamp > since[step.object]) since[step.object] = stamp;
  }
  const more = !page.done && page.nextRecordsUrl !== undefined;
  const nextStep = more ? cursor.step : cursor.step + 1;
  const end = nextStep >= steps.length;
  const next: SoqlCursor = end ? { step: 0, since } : { step: nextStep, since, ...(more ? { next: page.nextRecordsUrl } : {}) };
  return { items: page.records.map(step.toItem), cursor: JSON.stringify(next), end };
}

function readCursor(start: ExportStart, steps: SoqlExportStep<unknown>[]): SoqlCursor {
  if ('cursor' in start) return JSON.parse(start.cursor) as SoqlCursor;
  const since = soqlDateTime(start.since);
  return { step: 0, since: Object.fromEntries(steps.map((s) => [s.object, since])) };
}

/** SOQL datetime literals are unquoted ISO 8601 in UTC (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_dateformats.htm). */
export function soqlDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A SOQL datetime literal from a stored modstamp (`2025-01-01T10:00:00.000+0000`). */
export function soqlStamp(stamp: string): string {
  const parsed = new Date(stamp.replace(/\+0000$/, 'Z'));
  if (Number.isNaN(parsed.getTime())) throw new Error(`Not a Salesforce datetime: ${stamp}`);
  return soqlDateTime(parsed);
}

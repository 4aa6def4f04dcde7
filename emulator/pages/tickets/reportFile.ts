import { stringify } from 'csv-stringify/sync';
import type { RunDetail } from './importPage';

export interface ReportRow {
  outcome: 'imported' | 'skipped';
  kind: 'user' | 'ticket';
  id: string;
  reason: string;
  explanation: string;
}

/** Every imported and skipped user and ticket of a run, one row each, imported first. */
export function reportRows(run: RunDetail): ReportRow[] {
  return [
    ...run.report.imported.map((e) => ({ outcome: 'imported' as const, kind: e.kind, id: e.id, reason: '', explanation: e.note ?? '' })),
    ...run.report.skipped.map((e) => ({ outcome: 'skipped' as const, kind: e.kind, id: e.id, reason: e.reason, explanation: e.text })),
  ];
}

const COLUMNS = ['outcome', 'kind', 'id', 'reason', 'explanation'] as const;

/** The run's report to download: CSV (a header, then a row per entry) or JSON (the run and its rows). */
export function reportFile(run: RunDetail, format: 'csv' | 'json'): { type: string; content: string } {
  const rows = reportRows(run);
  if (format === 'json') {
    const { report, ...summary } = run;
    return { type: 'application/json', content: JSON.stringify({ run: summary, counts: report.counts, rows }, null, 2) };
  }
  return { type: 'text/csv', content: stringify(rows, { header: true, columns: [...COLUMNS] }) };
}

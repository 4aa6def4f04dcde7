import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importPage, type RunDetail } from './importPage';
import { reportFile } from './reportFile';

const run: RunDetail = {
  id: 'imp-000002',
  source: 'zendesk',
  state: 'done',
  phase: 'done',
  startedAt: '2026-11-25T09:00:00.000Z',
  finishedAt: '2026-11-25T09:01:00.000Z',
  progress: { pages: 2, users: 3, tickets: 2, removedTickets: 0 },
  report: {
    imported: [{ kind: 'user', id: 'zendesk:10' }, { kind: 'ticket', id: 'zendesk:7', note: '1 interaction without user left out' }],
    skipped: [
      { kind: 'user', id: 'zendesk:31', reason: 'user-without-email', text: 'Walk-in, "no email", given' },
      { kind: 'ticket', id: 'zendesk:31', reason: 'user-without-email', text: 'Its contact has no email.' },
    ],
    counts: { importedUsers: 1, importedTickets: 1, skippedUsers: 1, skippedTickets: 1 },
  },
};

describe('the import report', () => {
  it('downloads as CSV that reads back to every entry, quotes and commas included', () => {
    const file = reportFile(run, 'csv');
    expect(file.type).toBe('text/csv');
    const rows = parse(file.content, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual({ outcome: 'skipped', kind: 'user', id: 'zendesk:31', reason: 'user-without-email', explanation: 'Walk-in, "no email", given' });
  });

  it('downloads as JSON with the run, its counts and the rows', () => {
    const body = JSON.parse(reportFile(run, 'json').content);
    expect(body.run).toMatchObject({ id: 'imp-000002', state: 'done' });
    expect(body.counts.skippedTickets).toBe(1);
    expect(body.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['imported', 'imported', 'skipped', 'skipped']);
  });

  it('pages a large report a hundred entries at a time', () => {
    const many = { ...run, report: { ...run.report, imported: Array.from({ length: 250 }, (_, i) => ({ kind: 'ticket' as const, id: `zendesk:${i}` })) } };
    const third = importPage([], many, undefined, undefined, 3);
    expect(third).toContain('Entries page 3 of 3');
    expect(third).toContain('zendesk:200<');
    expect(third).not.toContain('zendesk:199<');
  });

  it('lists every entry on the page and filters by reason', () => {
    const all = importPage([], run);
    expect(all).toContain('(4 in all)');
    expect(all).toContain('href="/tickets/import/imp-000002/report.csv"');
    const filtered = importPage([], run, undefined, 'user-without-email');
    expect(filtered).toContain('(2 matching)');
    expect(filtered).not.toContain('zendesk:10');
  });
});

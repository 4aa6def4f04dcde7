import { describe, expect, it } from 'vitest';
import type { ImportRun, TicketArchive } from './archive';
import { ImportScheduler } from './importScheduler';
import { alertOf, setSchedule, takeDueSources } from './importSchedules';

const emptyArchive = (): TicketArchive => ({ users: {}, refusedUsers: {}, tickets: {}, runs: {}, cursors: {} });
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 5, 9, minutes));

const run = (id: string, state: ImportRun['state'], startedMinute: number, error?: string): ImportRun => ({
  id,
  source: 'zendesk',
  state,
  phase: state === 'running' ? 'users' : 'done',
  cursor: null,
  startedAt: at(startedMinute).toISOString(),
  finishedAt: at(startedMinute + 1).toISOString(),
  ...(error ? { error } : {}),
  progress: { pages: 0, users: 0, tickets: 0, removedTickets: 0 },
  report: { imported: [], skipped: [], counts: { importedUsers: 0, importedTickets: 0, skippedUsers: 0, skippedTickets: 0 } },
});

describe('scheduled import runs', () => {
  it('are due one interval after they are set, then every interval, without repeating missed ones', () => {
    const archive = emptyArchive();
    setSchedule(archive, 'zendesk', 15, at(0));
    expect(takeDueSources(archive, at(14))).toEqual([]);
    expect(takeDueSources(archive, at(15))).toEqual(['zendesk']);
    expect(takeDueSources(archive, at(16))).toEqual([]);
    // Down for an hour: one run when it is back, the next one interval later.
    expect(takeDueSources(archive, at(59 + 30))).toEqual(['zendesk']);
    expect(archive.schedules?.zendesk?.nextRunAt).toBe(at(59 + 45).toISOString());
    setSchedule(archive, 'zendesk', null, at(0));
    expect(takeDueSources(archive, at(500))).toEqual([]);
  });

  it('start each due source once per tick through the runner', async () => {
    const archive = emptyArchive();
    let now = at(0);
    const ctx = { cc: { data: { ticketArchive: archive }, save: async () => undefined }, now: () => now } as never;
    const begun: string[] = [];
    const scheduler = new ImportScheduler(ctx, async (source) => void begun.push(source));
    setSchedule(archive, 'zendesk', 5, now);
    setSchedule(archive, 'salesforce', 10, now);
    now = at(5);
    expect(await scheduler.tick()).toEqual(['zendesk']);
    now = at(10);
    expect(await scheduler.tick()).toEqual(['zendesk', 'salesforce']);
    expect(begun).toEqual(['zendesk', 'zendesk', 'salesforce']);
  });
});

describe('import alerts', () => {
  it('show while the source’s newest run failed, with the CRM’s error, until a run succeeds', () => {
    const archive = emptyArchive();
    archive.runs['imp-1'] = run('imp-1', 'done', 0);
    expect(alertOf(archive, 'zendesk')).toBeUndefined();
    archive.runs['imp-2'] = run('imp-2', 'failed', 10, 'Zendesk answered 401: Couldn’t authenticate you');
    expect(alertOf(archive, 'zendesk')).toEqual({ runId: 'imp-2', error: 'Zendesk answered 401: Couldn’t authenticate you', at: at(11).toISOString() });
    expect(alertOf(archive, 'salesforce')).toBeUndefined();
    archive.runs['imp-3'] = run('imp-3', 'done', 20);
    expect(alertOf(archive, 'zendesk')).toBeUndefined();
  });
});

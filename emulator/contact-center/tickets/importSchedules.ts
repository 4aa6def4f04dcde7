import type { ImportRun, ImportSource, TicketArchive } from './archive';

/** An incremental run of a source every so many minutes (issue 24); each one goes on from the source's cursors. */
export interface ImportSchedule {
  everyMinutes: number;
  nextRunAt: string;
}

/** What an admin must see: the source's latest run failed, and why (the CRM's error). */
export interface ImportAlert {
  runId: string;
  error: string;
  at: string;
}

export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;

/** The schedules, read only: a read never adds the key, so a quiet scheduler tick changes no stored data. */
export const schedulesOf = (archive: TicketArchive): NonNullable<TicketArchive['schedules']> => archive.schedules ?? {};

/** Sets or clears a source's schedule; the first run is one interval from now. */
export function setSchedule(archive: TicketArchive, source: ImportSource, everyMinutes: number | null, now: Date): ImportSchedule | undefined {
  const schedules = (archive.schedules ??= {});
  if (everyMinutes === null) {
    delete schedules[source];
    return undefined;
  }
  schedules[source] = { everyMinutes, nextRunAt: new Date(now.getTime() + everyMinutes * 60_000).toISOString() };
  return schedules[source];
}

/** The sources whose next run is due; their next time moves on by one interval from now (a missed run is not repeated). */
export function takeDueSources(archive: TicketArchive, now: Date): ImportSource[] {
  const due: ImportSource[] = [];
  for (const [source, schedule] of Object.entries(schedulesOf(archive)) as [ImportSource, ImportSchedule][]) {
    if (Date.parse(schedule.nextRunAt) > now.getTime()) continue;
    schedule.nextRunAt = new Date(now.getTime() + schedule.everyMinutes * 60_000).toISOString();
    due.push(source);
  }
  return due;
}

/** The source's newest run. */
export function latestRun(archive: TicketArchive, source: string): ImportRun | undefined {
  let latest: ImportRun | undefined;
  for (const run of Object.values(archive.runs)) {
    if (run.source === source && (!latest || run.startedAt > latest.startedAt || (run.startedAt === latest.startedAt && run.id > latest.id))) latest = run;
  }
  return latest;
}

/** An alert while the source's newest run is a failure; the next good run clears it. */
export function alertOf(archive: TicketArchive, source: string): ImportAlert | undefined {
  const run = latestRun(archive, source);
  return run?.state === 'failed' ? { runId: run.id, error: run.error ?? 'The run failed.', at: run.finishedAt ?? run.startedAt } : undefined;
}

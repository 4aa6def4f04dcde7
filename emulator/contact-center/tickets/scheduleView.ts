import type { ImportSource, TicketArchive } from './archive';
import { alertOf, latestRun, schedulesOf } from './importSchedules';

/** A source's schedule as the API shows it, with its latest run and any alert. */
export function scheduleView(archive: TicketArchive, source: ImportSource) {
  const schedule = schedulesOf(archive)[source];
  const run = latestRun(archive, source);
  const alert = alertOf(archive, source);
  return {
    source,
    everyMinutes: schedule?.everyMinutes ?? null,
    ...(schedule ? { nextRunAt: schedule.nextRunAt } : {}),
    ...(run ? { lastRun: { id: run.id, state: run.state, startedAt: run.startedAt, ...(run.finishedAt ? { finishedAt: run.finishedAt } : {}) } } : {}),
    ...(alert ? { alert } : {}),
  };
}

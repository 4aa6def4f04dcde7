import { importReport, requireFeature, type Config, type ExportStart, type FeatureDisabled, type ImportReport } from '../../../shared';
import type { CcContext } from '../context';
import { nextId } from '../data';
import { ticketArchive, type ArchivedTicket, type ImportRun, type ImportSource } from './archive';
import { importTicketsPage, mayKeep, refusedUserIds } from './importTickets';
import { importUsersPage } from './importUsers';
import { purgeExpired } from './retention';
import { ticketSource, type TicketSource } from './sources';

export interface ArchiveChange {
  stored: ArchivedTicket[];
  removed: string[];
}

interface PageOutcome {
  cursor: string | null;
  end: boolean;
  change: ArchiveChange;
}

/**
 * Runs imports page by page. Each page's results, the run's cursor and its report are saved
 * together, so a run cut short (crash, restart) goes on from the next page on start: nothing
 * is imported or reported twice.
 */
export class ImportRunner {
  private readonly active = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly ctx: CcContext,
    private readonly config: () => Config,
    private readonly selfUrl: () => string,
    private readonly onChange: (change: ArchiveChange) => void,
  ) {}

  async begin(source: ImportSource, perPage?: number): Promise<{ run: ImportRun } | { running: ImportRun } | FeatureDisabled> {
    const disabled = requireFeature(this.config(), 'ticketImport');
    if (disabled) return disabled;
    const archive = ticketArchive(this.ctx.cc.data);
    const running = Object.values(archive.runs).find((r) => r.source === source && r.state === 'running');
    if (running) return { running };
    const run: ImportRun = {
      id: nextId(this.ctx.cc.data, 'imp'),
      source,
      state: 'running',
      phase: 'users',
      cursor: null,
      ...(perPage ? { perPage } : {}),
      startedAt: this.ctx.now().toISOString(),
      progress: { pages: 0, users: 0, tickets: 0, removedTickets: 0 },
      report: importReport([], []),
    };
    archive.runs[run.id] = run;
    await this.ctx.cc.save();
    this.launch(run);
    return { run };
  }

  /** Runs the last process left unfinished go on where their saved cursor points. */
  resumeAll(): void {
    for (const run of Object.values(ticketArchive(this.ctx.cc.data).runs)) if (run.state === 'running') this.launch(run);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.active.values());
  }

  private launch(run: ImportRun): void {
    const done = this.drive(run)
      .catch(async (error: unknown) => {
        run.state = 'failed';
        run.error = error instanceof Error ? error.message : String(error);
        run.finishedAt = this.ctx.now().toISOString();
        await this.ctx.cc.save();
      })
      .finally(() => this.active.delete(run.id));
    this.active.set(run.id, done);
  }

  private async drive(run: ImportRun): Promise<void> {
    const source = ticketSource(run.source, this.config(), this.selfUrl());
    const archive = ticketArchive(this.ctx.cc.data);
    while (run.phase !== 'done' && !this.stopping) {
      const cursors = (archive.cursors[run.source] ??= { users: null, tickets: null });
      const saved = run.cursor ?? cursors[run.phase];
      const start: ExportStart = saved ? { cursor: saved } : { since: new Date(0) };
      const page = run.phase === 'users' ? await this.usersPage(run, source, start) : await this.ticketsPage(run, source, start);
      run.progress.pages += 1;
      run.cursor = page.cursor ?? saved;
      if (page.end) {
        cursors[run.phase] = run.cursor;
        run.cursor = null;
        run.phase = run.phase === 'users' ? 'tickets' : 'done';
      }
      if (run.phase === 'done') this.finish(run, page.change);
      // The index follows before anyone can read the page's outcome: a caller that sees the
      // run done (or its progress) while the save is under way must find its tickets.
      this.onChange(page.change);
      await this.ctx.cc.save();
    }
  }

  private async usersPage(run: ImportRun, source: TicketSource, start: ExportStart): Promise<PageOutcome> {
    const page = await source.users.exportUsers(start, run.perPage ? { perPage: run.perPage } : {});
    const report = importUsersPage(ticketArchive(this.ctx.cc.data), page.items, this.config(), this.ctx.now());
    appendReport(run, report.imported, report.skipped);
    run.progress.users += page.items.length;
    return { cursor: page.cursor, end: page.end, change: { stored: [], removed: [] } };
  }

  private async ticketsPage(run: ImportRun, source: TicketSource, start: ExportStart): Promise<PageOutcome> {
    const archive = ticketArchive(this.ctx.cc.data);
    const now = this.ctx.now();
    const facts = { now: now.toISOString(), refusedUserIds: refusedUserIds(archive) };
    const page = await source.tickets.exportTickets(start, { ...(run.perPage ? { perPage: run.perPage } : {}), withComments: (t) => mayKeep(t, facts) });
    const result = importTicketsPage(archive, page.items, now, source.crmUrl);
    appendReport(run, result.imported, result.skipped);
    run.progress.tickets += page.items.length;
    run.progress.removedTickets += result.removed.length;
    return { cursor: page.cursor, end: page.end, change: { stored: result.stored, removed: result.removed } };
  }

  /** The retention job runs after every import, so nothing imported outlives the 90 days. */
  private finish(run: ImportRun, change: ArchiveChange): void {
    const purged = purgeExpired(ticketArchive(this.ctx.cc.data), this.ctx.now());
    change.removed.push(...purged);
    run.progress.removedTickets += purged.length;
    run.state = 'done';
    run.finishedAt = this.ctx.now().toISOString();
  }
}

/** Adds a page's entries to the run's report in place: copying a 100k-entry report per page is what slowed imports. */
function appendReport(run: ImportRun, imported: ImportReport['imported'], skipped: ImportReport['skipped']): void {
  const page = importReport(imported, skipped);
  const { report } = run;
  for (const entry of imported) report.imported.push(entry);
  for (const entry of skipped) report.skipped.push(entry);
  for (const key of Object.keys(report.counts) as (keyof ImportReport['counts'])[]) report.counts[key] += page.counts[key];
}

import { importReport, requireFeature, type Config, type ExportPage, type ExportStart, type FeatureDisabled, type ImportReport, type Ticket, type TicketUser } from '../../../shared';
import type { CcContext } from '../context';
import { nextId } from '../data';
import { archiveKey, IMPORT_SOURCES, ticketArchive, type ImportRun, type ImportSource } from './archive';
import { importTicketsPage, mayKeep, refusedUsers } from './importTickets';
import { importUsersPage } from './importUsers';
import { ticketSource, type TicketSource } from './sources';
import { usersChange, type ArchiveChange, type BorrowedPage, type TicketIndex } from './ticketIndex';

export type { ArchiveChange } from './ticketIndex';

/** The least time between two checkpoints of a run: each write serializes the whole store. */
const CHECKPOINT_MS = 1000;

type Fetched = { phase: 'users'; page: ExportPage<TicketUser> } | { phase: 'tickets'; page: ExportPage<Ticket>; crmUrl: (ticket: Ticket) => string };

/** A run that reads a CRM (push batches are never running: they are judged within their request). */
type CrmRun = ImportRun & { source: ImportSource };
const isCrmRun = (run: ImportRun): run is CrmRun => (IMPORT_SOURCES as readonly string[]).includes(run.source);

/** A page asked for ahead may be given up (the run stops or fails) before anyone awaits it. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Runs imports page by page. Each page's results, the run's cursor and its report are saved
 * together, so a run cut short (crash, restart) goes on from the page after its last saved
 * one on start: nothing is imported or reported twice.
 */
export class ImportRunner {
  private readonly active = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly ctx: CcContext,
    private readonly config: () => Config,
    private readonly selfUrl: () => string,
    private readonly index: TicketIndex,
  ) {}

  async begin(source: ImportSource, perPage?: number): Promise<{ run: ImportRun } | { running: ImportRun } | FeatureDisabled> {
    const disabled = requireFeature(this.config(), 'ticketImport');
    if (disabled) return disabled;
    const archive = ticketArchive(this.ctx.cc.data);
    const running = Object.values(archive.runs).find((r) => r.source === source && r.state === 'running');
    if (running) return { running };
    const run: CrmRun = {
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
    for (const run of Object.values(ticketArchive(this.ctx.cc.data).runs)) if (run.state === 'running' && isCrmRun(run)) this.launch(run);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.active.values());
  }

  private launch(run: CrmRun): void {
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

  /**
   * The next page is asked for while the current one is judged and indexed, so the CRM and the
   * import work side by side. Each page is judged and stored by the ticket index (in the
   * archive tables on PostgreSQL) before its progress and cursor move on, so whenever the store
   * writes a cursor, the pages before it are stored. A store file is written whole, so the run writes a checkpoint now and then (a
   * crash redoes the pages since), is not held up by it, and waits only for its last write,
   * after it stops or ends.
   */
  private async drive(run: CrmRun): Promise<void> {
    const source = ticketSource(run.source, this.config(), this.selfUrl());
    const cursors = (ticketArchive(this.ctx.cc.data).cursors[run.source] ??= { users: null, tickets: null });
    let ahead: Promise<Fetched> | undefined;
    let nextCheckpoint = 0;
    try {
      while (run.phase !== 'done' && !this.stopping) {
        const phase = run.phase;
        const from = run.cursor ?? cursors[phase];
        const fetched = await (ahead ?? this.fetch(run, source, phase, from));
        const cursor = fetched.page.cursor ?? from;
        ahead = fetched.page.end ? undefined : handled(this.fetch(run, source, phase, cursor));
        // The index (the tables, on PostgreSQL) holds the page before its cursor moves on.
        await this.index.judge(borrowedBy(fetched), () => ({ change: this.apply(run, fetched) }));
        run.progress.pages += 1;
        run.cursor = cursor;
        if (fetched.page.end) {
          cursors[phase] = cursor;
          run.cursor = null;
          run.phase = phase === 'users' ? 'tickets' : 'done';
        }
        if (run.phase === 'done') await this.finish(run);
        if (performance.now() >= nextCheckpoint) {
          const began = performance.now();
          void this.ctx.cc.save().catch(() => undefined);
          // A store file is serialized within that call: waiting four times as long for the
          // next checkpoint keeps writing to at most a fifth of the run, however big the store.
          nextCheckpoint = performance.now() + Math.max(CHECKPOINT_MS, 4 * (performance.now() - began));
        }
      }
    } finally {
      await ahead?.catch(() => undefined);
    }
    await this.ctx.cc.save();
  }

  private async fetch(run: ImportRun, source: TicketSource, phase: 'users' | 'tickets', from: string | null): Promise<Fetched> {
    const start: ExportStart = from ? { cursor: from } : { since: new Date(0) };
    const options = run.perPage ? { perPage: run.perPage } : {};
    if (phase === 'users') return { phase, page: await source.users.exportUsers(start, options) };
    const facts = { now: this.ctx.now().toISOString(), refusedUsers: refusedUsers(ticketArchive(this.ctx.cc.data)) };
    return { phase, page: await source.tickets.exportTickets(start, { ...options, withComments: (t) => mayKeep(t, facts) }), crmUrl: source.crmUrl };
  }

  /** Judges a page with the domain's rules, keeps what passes and reports the rest (§8.5). */
  private apply(run: ImportRun, fetched: Fetched): ArchiveChange {
    const archive = ticketArchive(this.ctx.cc.data);
    if (fetched.phase === 'users') {
      const report = importUsersPage(archive, fetched.page.items, this.config(), this.ctx.now());
      appendReport(run, report.imported, report.skipped);
      run.progress.users += fetched.page.items.length;
      return { stored: [], removed: [], users: usersChange(archive, fetched.page.items.map((u) => archiveKey(u.crm, u.id))) };
    }
    const result = importTicketsPage(archive, fetched.page.items, this.ctx.now(), fetched.crmUrl);
    appendReport(run, result.imported, result.skipped);
    run.progress.tickets += fetched.page.items.length;
    run.progress.removedTickets += result.removed.length;
    return { stored: result.stored, removed: result.removed };
  }

  /** The retention job runs after every import, so nothing imported outlives the 90 days. */
  private async finish(run: ImportRun): Promise<void> {
    const purged = await this.index.purgeExpired(this.ctx.now());
    run.progress.removedTickets += purged.length;
    run.state = 'done';
    run.finishedAt = this.ctx.now().toISOString();
  }
}

/** What a page must find in the archive to be judged: the tickets it names, the users it names or whose emails it holds. */
function borrowedBy(fetched: Fetched): BorrowedPage {
  if (fetched.phase === 'users') return { users: fetched.page.items.map((u) => ({ key: archiveKey(u.crm, u.id), email: u.email })) };
  return { ticketKeys: fetched.page.items.map((t) => archiveKey(t.crm, t.id)) };
}

/** Adds a page's entries to the run's report in place: copying a 100k-entry report per page is what slowed imports. */
function appendReport(run: ImportRun, imported: ImportReport['imported'], skipped: ImportReport['skipped']): void {
  const page = importReport(imported, skipped);
  const { report } = run;
  for (const entry of imported) report.imported.push(entry);
  for (const entry of skipped) report.skipped.push(entry);
  for (const key of Object.keys(report.counts) as (keyof ImportReport['counts'])[]) report.counts[key] += page.counts[key];
}

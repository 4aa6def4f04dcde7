import type { CcContext } from '../context';
import { ticketArchive, type ImportSource } from './archive';
import { takeDueSources } from './importSchedules';

/** How often the scheduler looks for due runs: a schedule is at least 5 minutes apart. */
const CHECK_EVERY_MS = 30_000;

type Begin = (source: ImportSource) => Promise<unknown>;

/**
 * Starts each source's scheduled incremental run when it is due. The runner refuses a second
 * run of a source while one is running, so a slow run is never doubled.
 */
export class ImportScheduler {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ctx: Pick<CcContext, 'cc' | 'now'>,
    private readonly begin: Begin,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick().catch(() => undefined), CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One look: every due source gets its run. */
  async tick(): Promise<ImportSource[]> {
    const due = takeDueSources(ticketArchive(this.ctx.cc.data), this.ctx.now());
    if (due.length === 0) return due;
    await this.ctx.cc.save();
    for (const source of due) await this.begin(source);
    return due;
  }
}

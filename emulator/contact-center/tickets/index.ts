import type { Config } from '../../../shared';
import type { CcContext } from '../context';
import { ticketArchive } from './archive';
import { ImportRunner, type ArchiveChange } from './importRunner';
import { ImportScheduler } from './importScheduler';
import { pushRoutes } from './pushRoutes';
import { purgeExpired } from './retention';
import { ticketRoutes } from './routes';
import { TicketSearch } from './ticketSearch';

/** How often the retention job looks for archived tickets past the 90 days (§8.3). */
const RETENTION_EVERY_MS = 60 * 60 * 1000;

/** Ticket import, search and viewer data (issue 10), under the authenticated `/cc/v1` router. */
export function createTicketsPart(ctx: CcContext, config: () => Config, selfUrl: () => string) {
  const search = new TicketSearch();
  const follow = (change: ArchiveChange) => {
    search.putMany(change.stored);
    for (const key of change.removed) search.remove(key);
  };
  const runner = new ImportRunner(ctx, config, selfUrl, follow);
  const scheduler = new ImportScheduler(ctx, (source) => runner.begin(source));
  let retention: NodeJS.Timeout | undefined;

  const purge = async () => {
    const purged = purgeExpired(ticketArchive(ctx.cc.data), ctx.now());
    if (purged.length === 0) return;
    for (const key of purged) search.remove(key);
    await ctx.cc.save();
  };

  return {
    router: ticketRoutes(ctx, runner, search),
    /** Mounted before the session check: push sources sign with their API key. */
    pushRouter: pushRoutes(ctx, config, follow),
    async start() {
      await purge();
      search.rebuild(Object.values(ticketArchive(ctx.cc.data).tickets));
      runner.resumeAll();
      retention = setInterval(() => void purge().catch(() => undefined), RETENTION_EVERY_MS);
      retention.unref();
      scheduler.start();
    },
    async stop() {
      clearInterval(retention);
      scheduler.stop();
      await runner.stop();
    },
  };
}

import type { Pool } from 'pg';
import type { Config } from '../../../shared';
import type { CcContext } from '../context';
import { ticketArchive } from './archive';
import { ImportRunner } from './importRunner';
import { ImportScheduler } from './importScheduler';
import { MemoryTicketIndex } from './memoryTicketIndex';
import { PgTicketIndex } from './postgres/pgTicketIndex';
import { pushRoutes } from './pushRoutes';
import { ticketRoutes } from './routes';

/** How often the retention job looks for archived tickets past the 90 days (§8.3). */
const RETENTION_EVERY_MS = 60 * 60 * 1000;

/**
 * Ticket import, search and viewer data (issue 10), under the authenticated `/cc/v1` router.
 * With a database (`DATABASE_URL`), the archive's tickets and users live in its tables (issue 22).
 */
export function createTicketsPart(ctx: CcContext, config: () => Config, selfUrl: () => string, database?: Pool) {
  const archive = () => ticketArchive(ctx.cc.data);
  const index = database ? new PgTicketIndex(database, archive) : new MemoryTicketIndex(archive);
  const runner = new ImportRunner(ctx, config, selfUrl, index);
  const scheduler = new ImportScheduler(ctx, (source) => runner.begin(source));
  let retention: NodeJS.Timeout | undefined;

  const purge = async () => {
    const purged = await index.purgeExpired(ctx.now());
    if (purged.length > 0) await ctx.cc.save();
  };

  return {
    router: ticketRoutes(ctx, runner, index),
    /** Mounted before the session check: push sources sign with their API key. */
    pushRouter: pushRoutes(ctx, config, index),
    async start() {
      if (index instanceof MemoryTicketIndex) {
        await purge();
        index.rebuild();
      } else {
        await index.adopt();
        // The tables are searched where they lie: a start waits for no pass over the archive.
        void purge().catch(() => undefined);
      }
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

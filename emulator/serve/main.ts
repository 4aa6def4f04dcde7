import { createContactCenterService } from '../contact-center';
import { createLogger, requestLog } from '../ops/requestLog';
import { createServicePages } from '../pages/servicePages';
import { startEmulator } from '../server';
import { readServeConfig } from './serveConfig';

/**
 * `npm run serve`: the contact-center service alone (ARCHITECTURE rule 11), for production, with
 * its own pages (sign-in, ticket search, admin console). No emulated CRM and no demo data: the
 * CRMs are the configured ones (none until an admin adds them) and the first admin comes from
 * `npm run admin:create`.
 */
async function main() {
  const logger = createLogger();
  const started = Date.now();
  const config = readServeConfig();
  const running = await startEmulator(config, {
    services: (context) => [createContactCenterService(context), createServicePages(context)],
    seed: false,
    app: { trustProxy: config.trustProxy, requestLog: requestLog(logger) },
    drainMs: config.drainMs,
  });
  logger.info({ url: running.url, store: running.store.location, ms: Date.now() - started }, 'contact-center service ready');

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'draining requests and closing event streams');
    running.close().then(
      () => {
        logger.info('closed');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'could not close cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

main().catch((error: unknown) => {
  createLogger().fatal({ err: error instanceof Error ? error.message : String(error) }, 'could not start');
  process.exit(1);
});

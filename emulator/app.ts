import express, { type Express, type RequestHandler } from 'express';
import { lastResortErrors, notFound } from './http/errors';
import { opsRouter, timeRequests } from './ops/opsRouter';
import type { EmulatedService } from './service';
import type { Store } from './store/store';

/** How `npm run serve` differs from the emulator: behind a load balancer, with request logs. */
export interface AppOptions {
  /** Express's `trust proxy`: which hops' X-Forwarded-* to believe (client IP, `req.secure` for secure cookies). */
  trustProxy?: string | boolean | number;
  requestLog?: RequestHandler;
}

/** One Express app serving every emulated part from one origin. */
export function createApp(services: EmulatedService[], store?: Store, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  if (options.requestLog) app.use(options.requestLog);
  app.use(timeRequests);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(opsRouter(store, services));
  for (const service of services) app.use(service.router);
  app.use(notFound);
  app.use(lastResortErrors);
  return app;
}

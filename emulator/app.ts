import express, { type Express } from 'express';
import { lastResortErrors, notFound } from './http/errors';
import { opsRouter, timeRequests } from './ops/opsRouter';
import type { EmulatedService } from './service';
import type { Store } from './store/store';

/** One Express app serving every emulated part from one origin. */
export function createApp(services: EmulatedService[], store?: Store): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
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

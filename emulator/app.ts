import express, { type Express } from 'express';
import { lastResortErrors, notFound } from './http/errors';
import type { EmulatedService } from './service';

/** One Express app serving every emulated part from one origin. */
export function createApp(services: EmulatedService[]): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  for (const service of services) app.use(service.router);
  app.use(notFound);
  app.use(lastResortErrors);
  return app;
}

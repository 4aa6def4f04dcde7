import { Router, type RequestHandler } from 'express';
import { collectDefaultMetrics, Histogram, register } from 'prom-client';
import type { EmulatedService } from '../service';
import type { Store } from '../store/store';

collectDefaultMetrics();

const requestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method, route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

/** Times every request under its route pattern (`/cc/v1/interactions/:id`), never its raw path. */
export const timeRequests: RequestHandler = (req, res, next) => {
  const end = requestDuration.startTimer();
  res.once('finish', () => {
    const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
    end({ method: req.method, route, status: String(res.statusCode) });
  });
  next();
};

/**
 * What load balancers and Kubernetes ask (Twelve-Factor): `/healthz` says the process lives,
 * `/readyz` that the store answers, with each part's own report (the contact center names its
 * CRM connections; a CRM that is down does not make the service unready), `/metrics` for Prometheus.
 */
export function opsRouter(store: Store | undefined, services: EmulatedService[]): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await store?.check();
      const parts = Object.fromEntries(await Promise.all(services.filter((s) => s.readiness).map(async (s) => [s.name, await s.readiness!()])));
      res.json({ status: 'ready', store: 'ok', ...parts });
    } catch (error) {
      res.status(503).json({ status: 'not-ready', error: (error as Error).message });
    }
  });
  router.get('/metrics', async (_req, res) => {
    res.type(register.contentType).send(await register.metrics());
  });
  return router;
}

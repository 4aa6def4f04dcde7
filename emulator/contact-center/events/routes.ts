import { Router } from 'express';
import { currentAgent } from '../auth/sessions';
import { sendError } from '../http/respond';
import type { EventBus } from './eventBus';

/** `GET /agents/{id}/events`: an agent's own event stream (admins may watch anyone's). */
export function eventRoutes(bus: EventBus): Router {
  const router = Router();
  router.get('/agents/:id/events', (req, res) => {
    const agent = currentAgent(res.locals);
    if (agent.id !== req.params.id && agent.role !== 'admin') return sendError(res, 403, 'forbidden');
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    const unsubscribe = bus.subscribe(req.params.id, res);
    // A comment line every 15 s keeps proxies from closing an idle stream.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
  return router;
}

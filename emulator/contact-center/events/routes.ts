import { Router } from 'express';
import { ccContract } from '../../../shared';
import { currentAgent } from '../auth/sessions';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import type { EventBus } from './eventBus';

/** `GET /agents/{id}/events`: an agent's own event stream (admins may watch anyone's). */
export function eventRoutes(bus: EventBus): Router {
  const router = Router();
  endpoint(router, ccContract.agentEvents, ({ params }, { req, res }) => {
    const agent = currentAgent(res.locals);
    if (agent.id !== params.id && agent.role !== 'admin') return sendError(res, 403, 'forbidden');
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    const unsubscribe = bus.subscribe(params.id, res);
    // A comment line every 15 s keeps proxies from closing an idle stream.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
  return router;
}

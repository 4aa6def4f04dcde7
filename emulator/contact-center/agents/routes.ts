import { Router } from 'express';
import { jsonBody } from '../http/body';
import { currentAgent, publicAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { sendError } from '../http/respond';
import { isActive } from '../acd/pickAgent';

/** Agents, their queues and skills, and their availability. */
export function agentRoutes(ctx: CcContext): Router {
  const router = Router();
  const view = (id: string) => {
    const agent = ctx.cc.data.agents.find((a) => a.id === id);
    if (!agent) return undefined;
    const active = Object.values(ctx.cc.data.interactions).filter((i) => i.agentId === id && isActive(i)).map((i) => i.id);
    return { ...publicAgent(agent), activeInteractions: active };
  };

  router.get('/agents', (_req, res) => {
    res.json({ agents: ctx.cc.data.agents.map((a) => view(a.id)), queues: ctx.cc.data.queues, skills: ctx.cc.data.skills });
  });

  router.get('/agents/me', (_req, res) => {
    res.json({ agent: view(currentAgent(res.locals).id) });
  });

  router.get('/agents/:id', (req, res) => {
    const agent = view(req.params.id);
    if (!agent) return sendError(res, 404, 'not_found', { message: `No agent ${req.params.id}` });
    res.json({ agent });
  });

  router.put('/agents/:id/state', jsonBody, async (req, res) => {
    const me = currentAgent(res.locals);
    const agent = ctx.cc.data.agents.find((a) => a.id === req.params.id);
    if (!agent) return sendError(res, 404, 'not_found', { message: `No agent ${req.params.id}` });
    if (me.id !== agent.id && me.role !== 'admin') return sendError(res, 403, 'forbidden', { message: 'Agents set only their own state.' });
    const state = (req.body as Record<string, unknown> | undefined)?.state;
    if (state !== 'available' && state !== 'unavailable') {
      return sendError(res, 400, 'invalid_request', { message: 'state must be "available" or "unavailable".' });
    }
    if (agent.state !== state) {
      agent.state = state;
      if (state === 'available') agent.idleSince = ctx.now().toISOString();
      await ctx.cc.save();
      ctx.bus.publish(agent.id, 'agent.updated', { agent: view(agent.id) });
      await ctx.dispatch();
    }
    res.json({ agent: view(agent.id) });
  });
  return router;
}

import { Router } from 'express';
import { ccContract } from '../../../shared';
import { isActive } from '../acd/pickAgent';
import { currentAgent, publicAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';

/** Agents, their queues and skills, and their availability. */
export function agentRoutes(ctx: CcContext): Router {
  const router = Router();
  const view = (id: string) => {
    const agent = ctx.cc.data.agents.find((a) => a.id === id);
    if (!agent) return undefined;
    const active = Object.values(ctx.cc.data.interactions).filter((i) => i.agentId === id && isActive(i)).map((i) => i.id);
    return { ...publicAgent(agent), activeInteractions: active };
  };
  endpoint(router, ccContract.listAgents, (_input, { reply }) => {
    reply(200, { agents: ctx.cc.data.agents.map((a) => view(a.id)!), queues: ctx.cc.data.queues, skills: ctx.cc.data.skills });
  });
  endpoint(router, ccContract.getMe, (_input, { res, reply }) => {
    reply(200, { agent: view(currentAgent(res.locals).id)! });
  });
  endpoint(router, ccContract.getAgent, ({ params }, { res, reply }) => {
    const agent = view(params.id);
    if (!agent) return sendError(res, 404, 'not_found', { message: `No agent ${params.id}` });
    reply(200, { agent });
  });
  endpoint(router, ccContract.setAgentState, async ({ params, body }, { res, reply }) => {
    const me = currentAgent(res.locals);
    const agent = ctx.cc.data.agents.find((a) => a.id === params.id);
    if (!agent) return sendError(res, 404, 'not_found', { message: `No agent ${params.id}` });
    if (me.id !== agent.id && me.role !== 'admin') return sendError(res, 403, 'forbidden', { message: 'Agents set only their own state.' });
    if (agent.state !== body.state) {
      agent.state = body.state;
      if (body.state === 'available') agent.idleSince = ctx.now().toISOString();
      await ctx.cc.save();
      ctx.bus.publish(agent.id, 'agent.updated', { agent: view(agent.id)! });
      await ctx.dispatch();
    }
    reply(200, { agent: view(agent.id)! });
  });
  return router;
}

import { Router } from 'express';
import { ccContract, checkRoutingSetup } from '../../../shared';
import { isActive } from '../acd/pickAgent';
import { currentAgent } from '../auth/sessions';
import { currentConfig } from '../config/currentConfig';
import { saveVersion } from '../config/history';
import { announceAgents } from '../config/routingSetup';
import type { CcContext } from '../context';
import { ownEntry } from '../data';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { agentView as viewOf } from './agentView';
import { setFocus } from './focus';

/** Agents, their queues and skills, their availability and the interaction their card follows. */
export function agentRoutes(ctx: CcContext): Router {
  const router = Router();
  const view = (id: string) => viewOf(ctx, id);
  endpoint(router, ccContract.listAgents, (_input, { reply }) => {
    reply(200, { agents: ctx.cc.data.agents.map((a) => view(a.id)!), queues: ctx.cc.data.queues, skills: ctx.cc.data.skills });
  });
  // The console's Queues and skills page: a queue or skill the published rules still name stays (§7.3); every change is a version.
  endpoint(router, ccContract.putRoutingSetup, async ({ body }, { res, reply }) => {
    const unknownAgents = body.agents.flatMap((a, i) => (ctx.cc.data.agents.some((x) => x.id === a.id) ? [] : [{ path: `agents[${i}].id`, message: `unknown agent '${a.id}'` }]));
    const stillNamed = checkRoutingSetup(currentConfig(ctx.cc).routing, { queues: body.queues.map((q) => q.key), skills: body.skills });
    const errors = [...unknownAgents, ...stillNamed.map((e) => ({ path: e.path, message: `${e.message}: the published routing still names it` }))];
    if (errors.length) return sendError(res, 400, 'invalid_setup', { errors });
    // A version like a configuration save: author, time, diff, in the audit, and a rollback can bring it back.
    const version = await saveVersion(ctx.cc, { config: currentConfig(ctx.cc), setup: body }, currentAgent(res.locals), ctx.now().toISOString(), 'setup');
    announceAgents(ctx, body.agents.map((a) => a.id));
    reply(200, { agents: ctx.cc.data.agents.map((a) => view(a.id)!), queues: ctx.cc.data.queues, skills: ctx.cc.data.skills, version: version.version });
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
  // The focus is the agent's own: not even an admin moves another agent's card.
  endpoint(router, ccContract.setAgentFocus, async ({ params, body }, { res, reply }) => {
    const me = currentAgent(res.locals);
    const agent = ctx.cc.data.agents.find((a) => a.id === params.id);
    if (!agent) return sendError(res, 404, 'not_found', { message: `No agent ${params.id}` });
    if (me.id !== agent.id) return sendError(res, 403, 'forbidden', { message: 'Agents set only their own focus.' });
    if (body.interactionId !== null) {
      const interaction = ownEntry(ctx.cc.data.interactions, body.interactionId);
      if (!interaction) return sendError(res, 404, 'not_found', { message: `No interaction ${body.interactionId}` });
      if (interaction.agentId !== agent.id || !isActive(interaction)) {
        return sendError(res, 409, 'not_on_desktop', { state: interaction.state, message: 'Only an open interaction of your own can have the focus.' });
      }
    }
    setFocus(ctx, agent, body.interactionId ?? undefined);
    await ctx.cc.save();
    reply(200, { agent: view(agent.id)! });
  });
  return router;
}

import { Router } from 'express';
import { currentAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { bodyOf, isFieldError, jsonBody, recordRefField } from '../http/body';
import { sendError } from '../http/respond';
import { conflict, interactionOf, loadInteraction } from './guards';

/** Reading interactions, and the records the agent opened during one (§3.1). */
export function readRoutes(ctx: CcContext): Router {
  const router = Router();
  loadInteraction(router, ctx);

  router.get('/interactions', (req, res) => {
    const me = currentAgent(res.locals);
    const agentId = typeof req.query.agentId === 'string' ? req.query.agentId : me.role === 'admin' ? undefined : me.id;
    const state = typeof req.query.state === 'string' ? req.query.state : undefined;
    const interactions = Object.values(ctx.cc.data.interactions)
      .filter((i) => (!agentId || i.agentId === agentId) && (!state || i.state === state))
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
      .slice(0, 100);
    res.json({ interactions });
  });

  router.get('/interactions/:id', (_req, res) => {
    res.json({ interaction: interactionOf(res) });
  });

  router.post('/interactions/:id/visited', jsonBody, async (req, res) => {
    const interaction = interactionOf(res);
    const record = recordRefField(bodyOf(req));
    if (isFieldError(record)) return sendError(res, 400, 'invalid_request', { message: record.error });
    if (interaction.state === 'closed') return conflict(res, interaction.state, 'The interaction is closed.');
    interaction.visited.push({ ...record, at: ctx.now().toISOString() });
    await ctx.cc.save();
    ctx.bus.publish(interaction.agentId, 'interaction.updated', { interaction });
    res.status(201).json({ visited: interaction.visited });
  });

  return router;
}

import { Router } from 'express';
import { isCrm } from '../../../shared';
import { currentAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { bodyOf, isFieldError, jsonBody, stringField } from '../http/body';
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
    const body = bodyOf(req);
    const object = stringField(body, 'object', 80);
    const id = stringField(body, 'id', 64);
    if (!isCrm(body.crm)) return sendError(res, 400, 'invalid_request', { message: 'crm must be salesforce, servicenow or zendesk.' });
    if (isFieldError(object)) return sendError(res, 400, 'invalid_request', { message: object.error });
    if (isFieldError(id)) return sendError(res, 400, 'invalid_request', { message: id.error });
    if (interaction.state === 'closed') return conflict(res, interaction.state, 'The interaction is closed.');
    interaction.visited.push({ crm: body.crm, object, id, at: ctx.now().toISOString() });
    await ctx.cc.save();
    ctx.bus.publish(interaction.agentId, 'interaction.updated', { interaction });
    res.status(201).json({ visited: interaction.visited });
  });

  return router;
}

import { Router } from 'express';
import type { CcContext } from '../context';
import { bodyOf, jsonBody } from '../http/body';
import { sendError } from '../http/respond';
import { conflict, interactionOf, loadInteraction, mayHandle, step } from './guards';
import type { CrmSteps } from './intake';
import { releaseAgent } from './lifecycle';

/** Answer, hang up, after-call work, transfer, unassign (§2.3 lifecycles). */
export function lifecycleRoutes(ctx: CcContext, steps: CrmSteps): Router {
  const router = Router();
  loadInteraction(router, ctx);

  router.post('/interactions/:id/answer', async (_req, res) => {
    const interaction = interactionOf(res);
    if (!mayHandle(res, interaction) || !(await step(ctx, res, interaction, 'answer'))) return;
    await steps.onAnswer(interaction);
    await ctx.cc.save();
    ctx.bus.publish(interaction.agentId, 'interaction.updated', { interaction });
    res.json({ interaction });
  });

  // The caller may hang up too, so any signed-in party can end a call.
  router.post('/interactions/:id/hangup', async (_req, res) => {
    const interaction = interactionOf(res);
    if (interaction.channel !== 'voice') return conflict(res, interaction.state, 'Only calls hang up.');
    if (!(await step(ctx, res, interaction, 'hangup'))) return;
    if (interaction.state === 'closed') releaseAgent(ctx, interaction);
    await ctx.cc.save();
    await ctx.dispatch();
    res.json({ interaction });
  });

  router.post('/interactions/:id/acw/complete', async (_req, res) => {
    const interaction = interactionOf(res);
    if (!mayHandle(res, interaction) || !(await step(ctx, res, interaction, 'acw-complete'))) return;
    releaseAgent(ctx, interaction);
    await ctx.cc.save();
    await ctx.dispatch();
    res.json({ interaction });
  });

  router.post('/interactions/:id/transfer', jsonBody, async (req, res) => {
    const interaction = interactionOf(res);
    if (!mayHandle(res, interaction)) return;
    const body = bodyOf(req);
    const target = ctx.cc.data.agents.find((a) => a.id === body.agentId);
    const queue = ctx.cc.data.queues.find((q) => q.key === body.queue);
    if (!target && !queue) return sendError(res, 400, 'invalid_request', { message: 'Give an existing agentId or queue to transfer to.' });
    const from = interaction.agentId;
    if (!(await step(ctx, res, interaction, 'transfer'))) return;
    const previous = interaction.routing ?? { queue: queue?.key ?? ctx.cc.data.queues[0]?.key ?? 'general', skills: [], reasons: [] };
    interaction.routing = target
      ? { ...previous, agentId: target.id, reasons: [...previous.reasons, `transferred to ${target.name}`] }
      : { queue: queue!.key, skills: previous.skills, reasons: [...previous.reasons, `transferred to the ${queue!.name} queue`] };
    interaction.queuedAt = ctx.now().toISOString();
    releaseAgent(ctx, interaction);
    await ctx.cc.save();
    ctx.bus.publish(from, 'interaction.updated', { interaction });
    await ctx.dispatch();
    res.json({ interaction });
  });

  router.post('/interactions/:id/unassign', async (_req, res) => {
    const interaction = interactionOf(res);
    const from = interaction.agentId;
    if (!mayHandle(res, interaction) || !(await step(ctx, res, interaction, 'unassign'))) return;
    releaseAgent(ctx, interaction);
    interaction.queuedAt = ctx.now().toISOString();
    await ctx.cc.save();
    ctx.bus.publish(from, 'interaction.updated', { interaction });
    await ctx.dispatch();
    res.json({ interaction });
  });

  return router;
}

import { Router } from 'express';
import { ccContract, decideWrapUp, nextState, type Config } from '../../../shared';
import type { CcContext } from '../context';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { conflict, onInteraction, step } from './guards';

/** Answer, hang up, after-call work, transfer, unassign (§2.3); their effects are in lifecycle.ts. */
export function lifecycleRoutes(ctx: CcContext, config: () => Config): Router {
  const router = Router();
  endpoint(router, ccContract.answerInteraction, onInteraction(ctx, async (interaction, _input, { res, reply }) => {
    if (!(await step(ctx, res, interaction, 'answer'))) return;
    reply(200, { interaction });
  }));
  // The caller may hang up too: the customer's side is a party of its own (shared/authz).
  endpoint(router, ccContract.hangUp, onInteraction(ctx, async (interaction, _input, { res, reply }) => {
    if (interaction.channel !== 'voice') return conflict(res, interaction.state, 'Only calls hang up.');
    if (!(await step(ctx, res, interaction, 'hangup'))) return;
    reply(200, { interaction });
  }, 'customer'));
  // The disposition and notes go into the write-back and the CRMs' interaction records (§2.2).
  endpoint(router, ccContract.completeAfterCallWork, onInteraction(ctx, async (interaction, { body }, { res, reply }) => {
    if (!nextState(interaction.channel, interaction.state, 'acw-complete')) return conflict(res, interaction.state, `Cannot complete after-call work of an interaction that is ${interaction.state}.`);
    const decision = decideWrapUp(config().wrapUp, body);
    if ('refused' in decision) {
      return sendError(res, 400, decision.refused === 'disposition-required' ? 'disposition_required' : 'unknown_disposition', {
        message: decision.message,
        errors: [{ path: 'disposition', message: decision.message, in: 'body' }],
      });
    }
    if (decision.wrapUp.disposition || decision.wrapUp.notes) interaction.wrapUp = decision.wrapUp;
    if (!(await step(ctx, res, interaction, 'acw-complete'))) return;
    reply(200, { interaction });
  }));
  endpoint(router, ccContract.transferInteraction, onInteraction(ctx, async (interaction, { body }, { res, reply }) => {
    const target = body.agentId !== undefined ? ctx.cc.data.agents.find((a) => a.id === body.agentId) : undefined;
    const queue = body.queue !== undefined ? ctx.cc.data.queues.find((q) => q.key === body.queue) : undefined;
    if (!target && !queue) return sendError(res, 400, 'invalid_request', { message: 'Give an existing agentId or queue to transfer to.' });
    if (!nextState(interaction.channel, interaction.state, 'transfer')) return conflict(res, interaction.state, `Cannot transfer an interaction that is ${interaction.state}.`);
    // The new routing is set before the transfer, whose effects offer the interaction again.
    const previous = interaction.routing ?? { queue: queue?.key ?? ctx.cc.data.queues[0]?.key ?? 'general', skills: [], reasons: [] };
    interaction.routing = target
      ? { ...previous, agentId: target.id, reasons: [...previous.reasons, `transferred to ${target.name}`] }
      : { queue: queue!.key, skills: previous.skills, reasons: [...previous.reasons, `transferred to the ${queue!.name} queue`] };
    if (!(await step(ctx, res, interaction, 'transfer'))) return;
    reply(200, { interaction });
  }));
  endpoint(router, ccContract.unassignInteraction, onInteraction(ctx, async (interaction, _input, { res, reply }) => {
    if (!(await step(ctx, res, interaction, 'unassign'))) return;
    reply(200, { interaction });
  }));
  return router;
}

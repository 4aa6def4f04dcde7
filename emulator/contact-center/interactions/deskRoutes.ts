import { Router } from 'express';
import { ccContract, sameRecord, type Config } from '../../../shared';
import { moveFocus } from '../agents/focus';
import type { CardDirectory } from '../cards/cards';
import type { CcContext } from '../context';
import type { createCrmSteps } from '../crm/crmSteps';
import { screenPopsFor } from '../crm/screenPop';
import type { InteractionRecord } from '../data';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { conflict, onInteraction, step } from './guards';

type Steps = ReturnType<typeof createCrmSteps>;

/** Saves a change that is no lifecycle step and tells the agent's tabs. */
async function changed(ctx: CcContext, interaction: InteractionRecord): Promise<void> {
  await ctx.cc.save();
  ctx.bus.publish(interaction.agentId, 'interaction.updated', { interaction });
}

/**
 * The agent desktop's own actions on digital interactions and ambiguous callers (issue 15):
 * accept, end, and pick the customer among the IVR's candidates.
 */
export function deskRoutes(ctx: CcContext, steps: Steps, cards: CardDirectory, config: () => Config): Router {
  const router = Router();
  endpoint(router, ccContract.acceptInteraction, onInteraction(ctx, async (interaction, _input, { res, reply }) => {
    if (interaction.channel === 'voice') return conflict(res, interaction.state, 'A call is answered, not accepted.');
    if (interaction.state !== 'assigned') return conflict(res, interaction.state, `Cannot accept an interaction that is ${interaction.state}.`);
    interaction.acceptedAt ??= ctx.now().toISOString();
    interaction.history.push({ state: interaction.state, at: interaction.acceptedAt, event: 'accept' });
    moveFocus(ctx, interaction);
    await changed(ctx, interaction);
    reply(200, { interaction });
  }));
  // *End* for email, chat and messages: a call hangs up and goes through after-call work instead.
  endpoint(router, ccContract.closeInteraction, onInteraction(ctx, async (interaction, _input, { res, reply }) => {
    if (interaction.channel === 'voice') return conflict(res, interaction.state, 'A call is hung up, then its after-call work completed.');
    if (interaction.state !== 'assigned') return conflict(res, interaction.state, `Cannot end an interaction that is ${interaction.state}.`);
    if (!(await step(ctx, res, interaction, 'close'))) return;
    reply(200, { interaction });
  }));
  endpoint(router, ccContract.pickCandidate, onInteraction(ctx, async (interaction, { body }, { res, reply }) => {
    const ivr = interaction.ivr;
    if (interaction.state === 'closed') return conflict(res, interaction.state, 'The interaction is closed.');
    if (!ivr || ivr.outcome !== 'ambiguous') return conflict(res, interaction.state, 'Only an ambiguous caller has candidates to pick from.');
    const picked = ivr.matches.find((m) => sameRecord(m, body));
    if (!picked) {
      return sendError(res, 400, 'not_a_candidate', { message: `${body.object} ${body.id} is not among the caller's candidates.`, errors: [{ path: 'id', message: 'not among ivr.matches', in: 'body' }] });
    }
    // The candidates stay with the interaction (participant data); the customer is now the one picked.
    interaction.participantData = { ...interaction.participantData, candidates: ivr.matches, pickedBy: interaction.agentId };
    interaction.ivr = { ...ivr, outcome: 'identified', matches: [picked] };
    interaction.history.push({ state: interaction.state, at: ctx.now().toISOString(), event: 'pick' });
    const card = interaction.cardId ? cards.resolve(interaction.cardId) : undefined;
    if (card) {
      card.name = picked.name;
      cards.changed();
    }
    const { context } = await steps.route(interaction);
    interaction.context = { ...(interaction.context ?? { skills: [], reasons: [] }), customerName: context.customerName, facts: context.facts };
    if (config().features.screenPop.enabled) {
      interaction.screenPops = await screenPopsFor(config(), steps.connections(), interaction);
      interaction.screenPop = interaction.screenPops[0];
    }
    await changed(ctx, interaction);
    reply(200, { interaction });
  }));
  return router;
}

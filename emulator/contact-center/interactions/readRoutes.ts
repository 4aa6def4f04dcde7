import { Router } from 'express';
import { ccContract, decideListScope } from '../../../shared';
import { currentAgent } from '../auth/sessions';
import type { CardDirectory } from '../cards/cards';
import type { CcContext } from '../context';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { conflict, onInteraction } from './guards';

/** Reading interactions, and the records the agent opened during one (§3.1). */
export function readRoutes(ctx: CcContext, cards: CardDirectory): Router {
  const router = Router();
  endpoint(router, ccContract.listInteractions, ({ query }, { res, reply }) => {
    const me = currentAgent(res.locals);
    const scope = decideListScope(me, query.agentId);
    if ('refused' in scope) return sendError(res, 403, 'forbidden', { reason: scope.refused, message: "Agents see only their own interactions." });
    const { agentId } = scope;
    const interactions = Object.values(ctx.cc.data.interactions)
      .filter((i) => (!agentId || i.agentId === agentId) && (!query.state || i.state === query.state))
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
      .slice(0, 100);
    reply(200, { interactions });
  });
  endpoint(router, ccContract.getInteraction, onInteraction(ctx, (interaction, { query }, { reply }) => {
    // The card as getCard answers it (a merged card's id resolves to its survivor); none yet, none sent.
    const card = query.include === 'card' && interaction.cardId ? cards.resolve(interaction.cardId) : undefined;
    reply(200, { interaction, ...(card ? { card } : {}) });
  }, 'read'));
  endpoint(router, ccContract.markVisited, onInteraction(ctx, async (interaction, { body }, { res, reply }) => {
    if (interaction.state === 'closed') return conflict(res, interaction.state, 'The interaction is closed.');
    interaction.visited.push({ ...body, at: ctx.now().toISOString() });
    await ctx.cc.save();
    ctx.bus.publish(interaction.agentId, 'interaction.updated', { interaction });
    reply(201, { visited: interaction.visited });
  }));
  return router;
}

import { Router } from 'express';
import { cardId, ccContract, findDuplicates, mergeCards, searchCards, type Config } from '../../../shared';
import { currentAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { ownEntry } from '../data';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import type { CardDirectory } from './cards';

/** Cards, their probable duplicates, merging and its audit (§6). */
export function cardRoutes(ctx: CcContext, cards: CardDirectory, config: () => Config): Router {
  const router = Router();
  const resolveOr404 = (id: string, res: Parameters<typeof sendError>[0]) => {
    const card = cards.resolve(id);
    if (!card) sendError(res, 404, 'not_found', { message: `No card ${id}` });
    return card;
  };
  endpoint(router, ccContract.searchCards, ({ query }, { reply }) => {
    const q = query.q ?? '';
    reply(200, { cards: q.trim() ? searchCards(cards.current(), q, 50) : cards.live().slice(-50).reverse() });
  });
  endpoint(router, ccContract.getCard, ({ params }, { res, reply }) => {
    const card = resolveOr404(params.id, res);
    if (card) reply(200, { card, ...(card.id !== params.id ? { resolvedFrom: params.id } : {}) });
  });
  endpoint(router, ccContract.findDuplicates, ({ params }, { res, reply }) => {
    const card = resolveOr404(params.id, res);
    if (!card) return;
    if (!config().features.merge.enabled) return sendError(res, 403, 'feature_disabled', { feature: 'merge' });
    reply(200, { card, duplicates: findDuplicates(cards.current(), card).filter((d) => d.card.id !== card.id) });
  });
  endpoint(router, ccContract.mergeCards, async ({ params, body }, { res, reply }) => {
    const survivor = resolveOr404(params.id, res);
    if (!survivor) return;
    const missing = body.cardIds.find((id) => !ownEntry(ctx.cc.data.cards, id));
    if (missing) return sendError(res, 404, 'not_found', { message: `No card ${missing}` });
    const data = ctx.cc.data;
    const others = body.cardIds.map((id) => data.cards[id]);
    const result = mergeCards(survivor, others, ctx.now().toISOString(), currentAgent(res.locals).username, config());
    if ('refused' in result) return sendError(res, result.refused === 'feature-disabled' ? 403 : 409, result.refused, { ...result });
    data.cards[result.survivor.id] = result.survivor;
    for (const merged of result.merged) data.cards[merged.id] = merged;
    Object.assign(data.cardAliases, result.aliases);
    for (const interaction of Object.values(data.interactions)) {
      if (interaction.cardId && result.aliases[interaction.cardId]) interaction.cardId = result.survivor.id;
    }
    data.audit.push(result.audit);
    cards.changed();
    await ctx.cc.save();
    ctx.bus.publish(currentAgent(res.locals).id, 'card.updated', { cardId: result.survivor.id, reason: 'merge', merged: result.audit.mergedIds });
    reply(200, { card: result.survivor, merged: result.audit.mergedIds, message: `Merged ${result.merged.length} card(s) into ${result.survivor.name || result.survivor.id}.` });
  });
  endpoint(router, ccContract.getCardAudit, ({ params }, { res, reply }) => {
    const card = resolveOr404(params.id, res);
    if (!card) return;
    const id = cardId(card.id);
    reply(200, { card, audit: ctx.cc.data.audit.filter((entry) => entry.survivorId === id || entry.mergedIds.includes(id)) });
  });
  return router;
}

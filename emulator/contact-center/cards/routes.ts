import { Router } from 'express';
import { cardId, findDuplicates, mergeCards, searchCards, type Config } from '../../../shared';
import { currentAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { bodyOf, jsonBody } from '../http/body';
import { sendError } from '../http/respond';
import type { CardDirectory } from './cards';
import { ownEntry } from '../data';

/** Cards, their probable duplicates, merging and its audit (§6). */
export function cardRoutes(ctx: CcContext, cards: CardDirectory, config: () => Config): Router {
  const router = Router();

  router.get('/cards', (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 200) : '';
    const found = q.trim() ? searchCards(cards.current(), q, 50) : cards.live().slice(-50).reverse();
    res.json({ cards: found });
  });

  router.get('/cards/:id', (req, res) => {
    const card = cards.resolve(req.params.id);
    if (!card) return sendError(res, 404, 'not_found', { message: `No card ${req.params.id}` });
    res.json({ card, ...(card.id !== req.params.id ? { resolvedFrom: req.params.id } : {}) });
  });

  router.get('/cards/:id/duplicates', (req, res) => {
    const card = cards.resolve(req.params.id);
    if (!card) return sendError(res, 404, 'not_found', { message: `No card ${req.params.id}` });
    if (!config().features.merge.enabled) return sendError(res, 403, 'feature_disabled', { feature: 'merge' });
    const duplicates = findDuplicates(cards.current(), card).filter((d) => d.card.id !== card.id);
    res.json({ card, duplicates });
  });

  router.post('/cards/:id/merge', jsonBody, async (req, res) => {
    const survivor = cards.resolve(String(req.params.id));
    if (!survivor) return sendError(res, 404, 'not_found', { message: `No card ${req.params.id}` });
    const ids = bodyOf(req).cardIds;
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
      return sendError(res, 400, 'invalid_request', { message: 'cardIds must be a non-empty array of card ids.' });
    }
    const missing = ids.find((id) => !ownEntry(ctx.cc.data.cards, id as string));
    if (missing) return sendError(res, 404, 'not_found', { message: `No card ${missing}` });
    const others = ids.map((id) => ctx.cc.data.cards[id as string]);
    const result = mergeCards(survivor, others, ctx.now().toISOString(), currentAgent(res.locals).username, config());
    if ('refused' in result) return sendError(res, result.refused === 'feature-disabled' ? 403 : 409, result.refused, { ...result });
    const data = ctx.cc.data;
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
    res.json({ card: result.survivor, merged: result.audit.mergedIds, message: `Merged ${result.merged.length} card(s) into ${result.survivor.name || result.survivor.id}.` });
  });

  router.get('/cards/:id/audit', (req, res) => {
    const card = cards.resolve(req.params.id);
    if (!card) return sendError(res, 404, 'not_found', { message: `No card ${req.params.id}` });
    const id = cardId(card.id);
    res.json({ card, audit: ctx.cc.data.audit.filter((entry) => entry.survivorId === id || entry.mergedIds.includes(id)) });
  });

  return router;
}

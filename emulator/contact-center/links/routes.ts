import { Router } from 'express';
import { interactionId, linkRecord, transitionLink, type Config } from '../../../shared';
import type { CcContext } from '../context';
import { bodyOf, isFieldError, jsonBody, recordRefField } from '../http/body';
import { sendError } from '../http/respond';
import { interactionOf, loadInteraction } from '../interactions/guards';
import type { CardDirectory } from '../cards/cards';
import type { Outbox } from './outbox';
import { ownEntry } from '../data';
import { linksOf, makeDue, pastWriteBackMoment } from './writeBack';

/** Link and unlink CRM records to an interaction (§2.1), each link with its state. */
export function linkRoutes(ctx: CcContext, outbox: Outbox, cards: CardDirectory, config: () => Config): Router {
  const router = Router();
  loadInteraction(router, ctx);

  const announce = (interaction: ReturnType<typeof interactionOf>, reason: string, link: unknown) => {
    ctx.bus.publish(interaction.agentId, 'card.updated', { cardId: interaction.cardId, interactionId: interaction.id, reason, link });
  };

  router.get('/interactions/:id/links', (_req, res) => {
    res.json({ links: linksOf(ctx, interactionOf(res).id) });
  });

  router.post('/interactions/:id/links', jsonBody, async (req, res) => {
    const interaction = interactionOf(res);
    const record = recordRefField(bodyOf(req));
    if (isFieldError(record)) return sendError(res, 400, 'invalid_request', { message: record.error });
    const decision = linkRecord(linksOf(ctx, interaction.id), interactionId(interaction.id), record, ctx.now().toISOString(), config());
    if ('refused' in decision) return sendError(res, decision.refused === 'feature-disabled' ? 403 : 409, decision.refused, { ...decision });
    ctx.cc.data.links[decision.link.id] = decision.link;
    const card = interaction.cardId ? cards.resolve(interaction.cardId) : undefined;
    if (card && !card.links.some((l) => l.crm === record.crm && l.id === record.id)) {
      card.links.push(record);
      cards.changed();
    }
    await ctx.cc.save();
    // Linked after the moment came (a closed call): written at once rather than never.
    if (pastWriteBackMoment(interaction)) await makeDue(ctx, outbox, decision.link);
    const link = ctx.cc.data.links[decision.link.id];
    announce(interaction, 'link', link);
    res.status(201).json({ link });
  });

  router.delete('/interactions/:id/links/:linkId', async (req, res) => {
    const interaction = interactionOf(res);
    const link = ownEntry(ctx.cc.data.links, req.params.linkId);
    if (!link || link.interactionId !== interaction.id) return sendError(res, 404, 'not_found', { message: `No link ${req.params.linkId} on ${interaction.id}` });
    const moved = transitionLink(link, { type: 'unlink' }, ctx.now().toISOString());
    if (!('link' in moved)) return sendError(res, 409, moved.refused, { state: moved.state, message: `Cannot unlink a link that is ${moved.state}.` });
    ctx.cc.data.links[link.id] = moved.link;
    await ctx.cc.save();
    announce(interaction, 'unlink', moved.link);
    res.json({ link: moved.link });
  });

  return router;
}

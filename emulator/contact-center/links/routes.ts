import { Router } from 'express';
import { ccContract, interactionId, isActiveLink, linkRecord, linkTargetRefusal, pastWriteBackMoment, sameRecord, transitionLink, type Config, type CrmRecordRef, type CustomerCard, type Link } from '../../../shared';
import type { CardDirectory } from '../cards/cards';
import type { CcContext } from '../context';
import type { CrmConnection } from '../crm/connections';
import { ownEntry, type InteractionRecord } from '../data';
import { endpoint } from '../http/endpoint';
import { sendError } from '../http/respond';
import { onInteraction } from '../interactions/guards';
import { askForLinkTarget } from './linkTarget';
import type { Outbox } from './outbox';
import { linksOf, makeDue } from './writeBack';

/** Whether any interaction of the card still has an active link to the record. */
const linkedOnCard = (ctx: CcContext, card: CustomerCard, record: CrmRecordRef) =>
  Object.values(ctx.cc.data.links).some((l) => (card.interactionIds as string[]).includes(l.interactionId) && isActiveLink(l) && sameRecord(l.record, record));

/** Link and unlink CRM records to an interaction (§2.1), each link with its state. */
export function linkRoutes(ctx: CcContext, outbox: Outbox, cards: CardDirectory, config: () => Config, connections: () => CrmConnection[]): Router {
  const router = Router();
  const announce = (interaction: InteractionRecord, reason: 'link' | 'unlink', link: Link) => {
    ctx.bus.publish(interaction.agentId, 'card.updated', { cardId: interaction.cardId, interactionId: interaction.id, reason, link });
  };
  endpoint(router, ccContract.listLinks, onInteraction(ctx, (interaction, _input, { reply }) => {
    reply(200, { links: linksOf(ctx, interaction.id) });
  }, 'read'));
  endpoint(router, ccContract.createLink, onInteraction(ctx, async (interaction, { body: record }, { res, reply }) => {
    const decide = () => linkRecord(linksOf(ctx, interaction.id), interactionId(interaction.id), record, ctx.now().toISOString(), config());
    const refuse = (refused: Exclude<ReturnType<typeof decide>, { link: Link }>) =>
      sendError(res, refused.refused === 'feature-disabled' ? 403 : 409, refused.refused, { ...refused });
    const first = decide();
    if ('refused' in first) return refuse(first);
    // Only a record the CRM has can be written back; its own reason is shown otherwise.
    const target = linkTargetRefusal(record, await askForLinkTarget(connections(), record));
    if (target) return sendError(res, target.status, target.refused, { ...target });
    // Decided again: the same record may have been linked while the CRM answered.
    const decision = decide();
    if ('refused' in decision) return refuse(decision);
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
    reply(201, { link });
  }));
  endpoint(router, ccContract.retryWriteBack, onInteraction(ctx, async (interaction, { params }, { res, reply }) => {
    const link = ownEntry(ctx.cc.data.links, params.linkId);
    if (!link || link.interactionId !== interaction.id) return sendError(res, 404, 'not_found', { message: `No link ${params.linkId} on ${interaction.id}` });
    if (!(await outbox.retry(link))) {
      return sendError(res, 409, 'not_failed', { state: link.writeBack?.status ?? link.state, message: 'Only a write-back the service gave up on can be retried.' });
    }
    reply(200, { link: ctx.cc.data.links[link.id] });
  }));
  endpoint(router, ccContract.deleteLink, onInteraction(ctx, async (interaction, { params }, { res, reply }) => {
    const link = ownEntry(ctx.cc.data.links, params.linkId);
    if (!link || link.interactionId !== interaction.id) return sendError(res, 404, 'not_found', { message: `No link ${params.linkId} on ${interaction.id}` });
    const moved = transitionLink(link, { type: 'unlink' }, ctx.now().toISOString());
    if (!('link' in moved)) return sendError(res, 409, moved.refused, { state: moved.state, message: `Cannot unlink a link that is ${moved.state}.` });
    ctx.cc.data.links[link.id] = moved.link;
    const card = interaction.cardId ? cards.resolve(interaction.cardId) : undefined;
    // The card forgets the record unless another of its interactions still links it: a merge must not bring it back (§6.3).
    if (card && !linkedOnCard(ctx, card, link.record)) {
      card.links = card.links.filter((r) => !sameRecord(r, link.record));
      cards.changed();
    }
    await ctx.cc.save();
    announce(interaction, 'unlink', moved.link);
    reply(200, { link: moved.link });
  }));
  return router;
}

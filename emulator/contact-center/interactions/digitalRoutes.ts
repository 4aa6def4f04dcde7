import { Router } from 'express';
import { isChannel, isDigital } from '../../../shared';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';
import { bodyOf, isFieldError, jsonBody, optionalString, stringField } from '../http/body';
import { sendError } from '../http/respond';
import { conflict, interactionOf, loadInteraction } from './guards';
import type { CrmSteps } from './intake';
import { newInteraction } from './newInteraction';

/** Emails, chats and messages (§6.4): identified by address or number, routed, then refreshed per message (§1.2). */
export function digitalRoutes(ctx: CcContext, steps: CrmSteps, assignCard: (interaction: InteractionRecord) => Promise<void>): Router {
  const router = Router();
  loadInteraction(router, ctx);

  router.post('/interactions', jsonBody, async (req, res) => {
    const body = bodyOf(req);
    const channel = body.channel;
    if (!isChannel(channel) || !isDigital(channel)) {
      return sendError(res, 400, 'invalid_request', { message: 'channel must be a digital channel (email, chat, sms, whatsapp, ...); calls go to /cc/v1/calls.' });
    }
    const from = stringField(body, 'from', 320);
    const text = stringField(body, 'text', 20_000);
    const subject = optionalString(body, 'subject', 255);
    if (isFieldError(from)) return sendError(res, 400, 'invalid_request', { message: from.error });
    if (isFieldError(text)) return sendError(res, 400, 'invalid_request', { message: text.error });
    if (isFieldError(subject)) return sendError(res, 400, 'invalid_request', { message: subject.error });
    const interaction = newInteraction(ctx.cc.data, ctx.now(), { channel, from, subject });
    interaction.messages.push({ from, text, at: ctx.now().toISOString(), direction: 'inbound' });
    interaction.ivr = from.includes('@') ? await steps.identifyBy('email', from, undefined) : await steps.identifyCaller(from);
    await assignCard(interaction);
    const { routing, participantData } = await steps.route(interaction);
    interaction.routing = routing;
    interaction.participantData = participantData;
    interaction.queuedAt = ctx.now().toISOString();
    await ctx.cc.save();
    await ctx.dispatch();
    res.status(201).json({ interaction });
  });

  router.post('/interactions/:id/messages', jsonBody, async (req, res) => {
    const interaction = interactionOf(res);
    if (interaction.channel === 'voice' || interaction.state === 'closed') {
      return conflict(res, interaction.state, interaction.channel === 'voice' ? 'A call has no messages.' : 'The interaction is closed.');
    }
    const body = bodyOf(req);
    const from = stringField(body, 'from', 320);
    const text = stringField(body, 'text', 20_000);
    if (isFieldError(from)) return sendError(res, 400, 'invalid_request', { message: from.error });
    if (isFieldError(text)) return sendError(res, 400, 'invalid_request', { message: text.error });
    const message = { from, text, at: ctx.now().toISOString(), direction: from === interaction.from ? 'inbound' : 'outbound' } as const;
    interaction.messages.push(message);
    await ctx.cc.save();
    ctx.bus.publish(interaction.agentId, 'interaction.updated', { interaction });
    ctx.bus.publish(interaction.agentId, 'card.updated', { cardId: interaction.cardId, interactionId: interaction.id, reason: 'message', message });
    res.status(201).json({ message });
  });

  return router;
}

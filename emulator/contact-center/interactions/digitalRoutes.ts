import { Router } from 'express';
import { ccContract } from '../../../shared';
import { issueCustomerToken } from '../auth/customerTokens';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';
import { endpoint } from '../http/endpoint';
import { conflict, onInteraction } from './guards';
import type { CrmSteps } from './intake';
import { newInteraction } from './newInteraction';

/** Emails, chats and messages (§6.4): identified by address or number, routed, then refreshed per message (§1.2). */
export function digitalRoutes(ctx: CcContext, steps: CrmSteps, assignCard: (interaction: InteractionRecord) => Promise<void>): Router {
  const router = Router();
  endpoint(router, ccContract.startDigitalInteraction, async ({ body }, { reply }) => {
    const { channel, from, text, subject } = body;
    const interaction = newInteraction(ctx.cc.data, ctx.now(), { channel, from, subject });
    interaction.messages.push({ from, text, at: ctx.now().toISOString(), direction: 'inbound' });
    const identified = from.includes('@') ? await steps.identifyBy('email', from, undefined) : await steps.identifyCaller(from);
    // The IVR greets callers only: nobody reads a spoken welcome on an email or a chat (issue 15).
    // Changed in place: the routing finds the identified record by this very result.
    identified.greeting = '';
    interaction.ivr = identified;
    await assignCard(interaction);
    const { routing, participantData, context } = await steps.route(interaction);
    interaction.routing = routing;
    interaction.context = context;
    interaction.participantData = participantData;
    interaction.queuedAt = ctx.now().toISOString();
    const customerToken = issueCustomerToken(ctx.cc.data, interaction.id);
    await ctx.cc.save();
    await ctx.dispatch();
    reply(201, { interaction, customerToken });
  });
  endpoint(router, ccContract.postMessage, onInteraction(ctx, async (interaction, { body }, { res, reply }) => {
    if (interaction.channel === 'voice' || interaction.state === 'closed') {
      return conflict(res, interaction.state, interaction.channel === 'voice' ? 'A call has no messages.' : 'The interaction is closed.');
    }
    const message = { from: body.from, text: body.text, at: ctx.now().toISOString(), direction: body.from === interaction.from ? 'inbound' : 'outbound' } as const;
    interaction.messages.push(message);
    await ctx.cc.save();
    ctx.bus.publish(interaction.agentId, 'interaction.updated', { interaction });
    ctx.bus.publish(interaction.agentId, 'card.updated', { cardId: interaction.cardId, interactionId: interaction.id, reason: 'message', message });
    reply(201, { message });
  }, (interaction, { body }) => (body.from === interaction.from ? 'customer' : 'handle')));
  return router;
}

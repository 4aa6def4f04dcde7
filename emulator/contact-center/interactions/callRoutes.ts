import { Router } from 'express';
import { ccContract } from '../../../shared';
import { issueCustomerToken } from '../auth/customerTokens';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';
import { endpoint } from '../http/endpoint';
import { conflict, onInteraction } from './guards';
import type { CrmSteps } from './intake';
import { newInteraction } from './newInteraction';

/** Calls entering the IVR (§7): identification by ANI, another identifier, then routing. */
export function callRoutes(ctx: CcContext, steps: CrmSteps, assignCard: (interaction: InteractionRecord) => Promise<void>): Router {
  const router = Router();
  const routeAndQueue = async (interaction: InteractionRecord) => {
    const { routing, participantData, context } = await steps.route(interaction);
    interaction.routing = routing;
    interaction.context = context;
    interaction.participantData = { ...interaction.participantData, ...participantData };
    await ctx.lifecycle.transition(interaction, 'routed');
  };
  endpoint(router, ccContract.placeCall, async ({ body }, { reply }) => {
    const interaction = newInteraction(ctx.cc.data, ctx.now(), { channel: 'voice', from: body.ani, to: body.dnis });
    interaction.ivr = await steps.identifyCaller(body.ani);
    await assignCard(interaction);
    // Not identified: the IVR asks for another identifier before the call is queued (§7.2).
    if (interaction.ivr.outcome !== 'not-identified') await routeAndQueue(interaction);
    const customerToken = issueCustomerToken(ctx.cc.data, interaction.id);
    await ctx.cc.save();
    reply(201, { interaction, customerToken });
  });
  endpoint(router, ccContract.giveIdentifier, onInteraction(ctx, async (interaction, { body }, { res, reply }) => {
    if (interaction.state !== 'ivr') return conflict(res, interaction.state, 'The call has left the IVR.');
    interaction.ivr = await steps.identifyBy(body.kind, body.value, interaction.ivr);
    await routeAndQueue(interaction);
    reply(200, { interaction });
  }, 'customer'));
  endpoint(router, ccContract.queueAsIs, onInteraction(ctx, async (interaction, _input, { res, reply }) => {
    if (interaction.state !== 'ivr') return conflict(res, interaction.state, 'The call has left the IVR.');
    await routeAndQueue(interaction);
    reply(200, { interaction });
  }, 'customer'));
  return router;
}

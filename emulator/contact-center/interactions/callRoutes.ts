import { Router } from 'express';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';
import { bodyOf, isFieldError, jsonBody, optionalString, stringField } from '../http/body';
import { sendError } from '../http/respond';
import { conflict, interactionOf, loadInteraction } from './guards';
import { IDENTIFIER_KINDS, type CrmSteps, type IdentifierKind } from './intake';
import { transition } from './lifecycle';
import { newInteraction } from './newInteraction';

/** Calls entering the IVR (§7): identification by ANI, another identifier, then routing. */
export function callRoutes(ctx: CcContext, steps: CrmSteps, assignCard: (interaction: InteractionRecord) => Promise<void>): Router {
  const router = Router();
  loadInteraction(router, ctx);

  const routeAndQueue = async (interaction: InteractionRecord) => {
    const { routing, participantData } = await steps.route(interaction);
    interaction.routing = routing;
    interaction.participantData = { ...interaction.participantData, ...participantData };
    await transition(ctx, interaction, 'routed');
    await ctx.dispatch();
  };

  router.post('/calls', jsonBody, async (req, res) => {
    const body = bodyOf(req);
    const ani = stringField(body, 'ani', 64);
    const dnis = optionalString(body, 'dnis', 64);
    if (isFieldError(ani)) return sendError(res, 400, 'invalid_request', { message: ani.error });
    if (isFieldError(dnis)) return sendError(res, 400, 'invalid_request', { message: dnis.error });
    const interaction = newInteraction(ctx.cc.data, ctx.now(), { channel: 'voice', from: ani, to: dnis });
    interaction.ivr = await steps.identifyCaller(ani);
    await assignCard(interaction);
    // Not identified: the IVR asks for another identifier before the call is queued (§7.2).
    if (interaction.ivr.outcome !== 'not-identified') await routeAndQueue(interaction);
    res.status(201).json({ interaction });
  });

  router.post('/interactions/:id/ivr/identifier', jsonBody, async (req, res) => {
    const interaction = interactionOf(res);
    if (interaction.state !== 'ivr') return conflict(res, interaction.state, 'The call has left the IVR.');
    const body = bodyOf(req);
    const kind = body.kind as IdentifierKind;
    const value = stringField(body, 'value', 200);
    if (!IDENTIFIER_KINDS.includes(kind)) return sendError(res, 400, 'invalid_request', { message: `kind must be one of ${IDENTIFIER_KINDS.join(', ')}.` });
    if (isFieldError(value)) return sendError(res, 400, 'invalid_request', { message: value.error });
    interaction.ivr = await steps.identifyBy(kind, value, interaction.ivr);
    await routeAndQueue(interaction);
    res.json({ interaction });
  });

  /** The caller gave no other identifier: the call is queued as it is. */
  router.post('/interactions/:id/ivr/route', async (_req, res) => {
    const interaction = interactionOf(res);
    if (interaction.state !== 'ivr') return conflict(res, interaction.state, 'The call has left the IVR.');
    await routeAndQueue(interaction);
    res.json({ interaction });
  });

  return router;
}

import type { Request, Response } from 'express';
import { decideInteractionAccess, type Actor, type InteractionAction, type LifecycleEvent, type RouteDef } from '../../../shared';
import { isCustomerOf } from '../auth/customerTokens';
import { currentAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { ownEntry, type InteractionRecord } from '../data';
import type { EndpointHandler } from '../http/endpoint';
import { sendError } from '../http/respond';

/** What a route does to its interaction; a function when it depends on the input. */
type ActionOf<R extends RouteDef> = InteractionAction | ((interaction: InteractionRecord, input: Parameters<EndpointHandler<R>>[0]) => InteractionAction);

/**
 * Runs a handler on the interaction named by the `id` path parameter, after the request was
 * validated (so a malformed id is a 400, an unknown one a 404) and the caller may do `action`
 * on it (shared/authz; 403 otherwise). Supervisors' and admins' actions on someone else's
 * interaction are audited.
 */
export function onInteraction<R extends RouteDef>(
  ctx: CcContext,
  handler: (interaction: InteractionRecord, ...rest: Parameters<EndpointHandler<R>>) => unknown,
  action: ActionOf<R> = 'handle',
): EndpointHandler<R> {
  return (input, io) => {
    const id = (input.params as { id: string }).id;
    const interaction = ownEntry(ctx.cc.data.interactions, id);
    if (!interaction) return sendError(io.res, 404, 'not_found', { message: `No interaction ${id}` });
    const wanted = typeof action === 'function' ? action(interaction, input) : action;
    if (!mayAccess(ctx, io.req, io.res, interaction, wanted)) return;
    return handler(interaction, input, io);
  };
}

function actorOf(ctx: CcContext, req: Request, res: Response, interaction: InteractionRecord): Actor {
  if (isCustomerOf(ctx.cc.data, interaction.id, req)) return { kind: 'customer', interactionId: interaction.id };
  const me = currentAgent(res.locals);
  return { kind: 'staff', id: me.id, role: me.role };
}

/** Applies the authorization rule; answers 403 and false when refused. */
function mayAccess(ctx: CcContext, req: Request, res: Response, interaction: InteractionRecord, action: InteractionAction): boolean {
  const decision = decideInteractionAccess(actorOf(ctx, req, res, interaction), interaction, action);
  if ('refused' in decision) {
    sendError(res, 403, 'forbidden', { reason: decision.refused, message: 'This interaction is handled by another agent.' });
    return false;
  }
  if (decision.audit) {
    const me = currentAgent(res.locals);
    const entry = { at: ctx.now().toISOString(), actorId: me.id, role: me.role, interactionId: interaction.id, assignedTo: interaction.agentId, operation: String(res.locals.operationId ?? req.method) };
    // Only what was done is audited: a request the service refused changed nothing.
    res.once('finish', () => {
      if (res.statusCode >= 400) return;
      (ctx.cc.data.accessAudit ??= []).push(entry);
      void ctx.cc.save();
    });
  }
  return true;
}

/** Applies a lifecycle event or answers 409 with the current state; true when it moved. */
export async function step(ctx: CcContext, res: Response, interaction: InteractionRecord, event: LifecycleEvent): Promise<boolean> {
  const result = await ctx.lifecycle.transition(interaction, event);
  if (!result.ok) conflict(res, result.state, `Cannot ${event} an interaction that is ${result.state}.`);
  return result.ok;
}

export function conflict(res: Response, state: string, message: string): void {
  sendError(res, 409, 'illegal_transition', { message, state });
}

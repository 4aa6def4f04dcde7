import type { Response } from 'express';
import type { LifecycleEvent, RouteDef } from '../../../shared';
import { currentAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { ownEntry, type InteractionRecord } from '../data';
import type { EndpointHandler } from '../http/endpoint';
import { sendError } from '../http/respond';

/**
 * Runs a handler on the interaction named by the `id` path parameter, after the request was
 * validated (so a malformed id is a 400, an unknown one a 404).
 */
export function onInteraction<R extends RouteDef>(
  ctx: CcContext,
  handler: (interaction: InteractionRecord, ...rest: Parameters<EndpointHandler<R>>) => unknown,
): EndpointHandler<R> {
  return (input, io) => {
    const id = (input.params as { id: string }).id;
    const interaction = ownEntry(ctx.cc.data.interactions, id);
    if (!interaction) return sendError(io.res, 404, 'not_found', { message: `No interaction ${id}` });
    return handler(interaction, input, io);
  };
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

/** Only the agent handling an interaction (or an admin) acts on it. */
export function mayHandle(res: Response, interaction: InteractionRecord): boolean {
  const me = currentAgent(res.locals);
  if (me.role === 'admin' || interaction.agentId === me.id) return true;
  sendError(res, 403, 'forbidden', { message: 'This interaction is handled by another agent.' });
  return false;
}

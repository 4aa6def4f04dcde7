import type { Response, Router } from 'express';
import type { LifecycleEvent } from '../../../shared';
import { currentAgent } from '../auth/sessions';
import type { CcContext } from '../context';
import { ownEntry, type InteractionRecord } from '../data';
import { sendError } from '../http/respond';

/** Loads `:id` into `res.locals.interaction` for every route of the router, or answers 404. */
export function loadInteraction(router: Router, ctx: CcContext): void {
  router.param('id', (_req, res, next, id: string) => {
    const interaction = ownEntry(ctx.cc.data.interactions, id);
    if (!interaction) return sendError(res, 404, 'not_found', { message: `No interaction ${id}` });
    res.locals.interaction = interaction;
    next();
  });
}

export const interactionOf = (res: Response) => res.locals.interaction as InteractionRecord;

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

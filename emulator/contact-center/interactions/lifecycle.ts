import { nextState, type InteractionState, type LifecycleEvent } from '../../../shared';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';

export type TransitionResult = { ok: true } | { ok: false; state: InteractionState };

const TIMESTAMPS: Partial<Record<LifecycleEvent, keyof InteractionRecord>> = {
  routed: 'queuedAt',
  answer: 'answeredAt',
  'acw-complete': 'acwCompletedAt',
  transfer: 'transferredAt',
  unassign: 'unassignedAt',
};

/**
 * Moves an interaction on by one lifecycle event, or refuses when the event is illegal in
 * its current state (the API answers 409 with that state).
 */
export async function transition(ctx: CcContext, interaction: InteractionRecord, event: LifecycleEvent): Promise<TransitionResult> {
  const to = nextState(interaction.channel, interaction.state, event);
  if (!to) return { ok: false, state: interaction.state };
  const at = ctx.now().toISOString();
  const before = interaction.state;
  interaction.state = to;
  interaction.history.push({ state: to, at, event });
  const stamp = TIMESTAMPS[event];
  if (stamp) (interaction as unknown as Record<string, unknown>)[stamp] = at;
  if (event === 'hangup' && !interaction.endedAt) interaction.endedAt = at;
  if (to === 'closed') {
    interaction.closedAt = at;
    interaction.endedAt ??= at;
  }
  await ctx.cc.save();
  ctx.bus.publish(interaction.agentId, 'interaction.updated', { interaction });
  for (const hook of ctx.afterTransition) await hook(interaction, event, before);
  return { ok: true };
}

/** Frees the agent (they become idle now) when they no longer handle this interaction. */
export function releaseAgent(ctx: CcContext, interaction: InteractionRecord): void {
  const agent = ctx.cc.data.agents.find((a) => a.id === interaction.agentId);
  if (agent) agent.idleSince = ctx.now().toISOString();
}

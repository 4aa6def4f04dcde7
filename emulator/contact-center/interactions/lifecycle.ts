import { nextState, type InteractionState, type LifecycleEvent } from '../../../shared';
import type { CcContext } from '../context';
import type { InteractionRecord } from '../data';

export type TransitionResult = { ok: true } | { ok: false; state: InteractionState };

/** The side effects an interaction's lifecycle has; each is implemented once (index.ts). */
export type LifecycleEffect =
  | 'createInteractionRecords'
  | 'closeInteractionRecords'
  | 'releaseAgent'
  | 'requeue'
  | 'writeBack'
  | 'moveFocus'
  | 'startWrapUp'
  | 'dispatch';

/**
 * What entering a state does, per kind of channel, in the order listed (§2.3, §7.6). A call
 * is answered into `connected`; a digital interaction is never answered, so its interaction
 * records are made when it is assigned, and closed (complete or abandoned) with it. The agent's
 * focus follows what they answer and leaves what they no longer handle (issue 15). `dispatch`
 * always runs last, after the save.
 */
export const ON_ENTER: Record<'voice' | 'digital', Partial<Record<InteractionState, readonly LifecycleEffect[]>>> = {
  voice: {
    queued: ['releaseAgent', 'requeue', 'moveFocus', 'dispatch'],
    connected: ['createInteractionRecords', 'moveFocus'],
    acw: ['startWrapUp'],
    closed: ['releaseAgent', 'writeBack', 'closeInteractionRecords', 'moveFocus', 'dispatch'],
  },
  digital: {
    assigned: ['createInteractionRecords'],
    transferred: ['releaseAgent', 'writeBack', 'requeue', 'moveFocus', 'dispatch'],
    unassigned: ['releaseAgent', 'writeBack', 'requeue', 'moveFocus', 'dispatch'],
    closed: ['releaseAgent', 'writeBack', 'closeInteractionRecords', 'moveFocus', 'dispatch'],
  },
};

const TIMESTAMPS: Partial<Record<LifecycleEvent, 'answeredAt' | 'acwCompletedAt' | 'transferredAt' | 'unassignedAt'>> = {
  answer: 'answeredAt',
  'acw-complete': 'acwCompletedAt',
  transfer: 'transferredAt',
  unassign: 'unassignedAt',
};

export type EffectImplementations = Record<
  Exclude<LifecycleEffect, 'dispatch'>,
  (interaction: InteractionRecord, event: LifecycleEvent, before: InteractionState) => Promise<void> | void
>;

export interface Lifecycle {
  /** Moves an interaction on by one event, or refuses it with the current state (the API answers 409). */
  transition(interaction: InteractionRecord, event: LifecycleEvent): Promise<TransitionResult>;
}

/** The lifecycle with its declared effects; each transition saves once and publishes once. */
export function createLifecycle(ctx: Pick<CcContext, 'cc' | 'bus' | 'now' | 'dispatch'>, effects: EffectImplementations): Lifecycle {
  return {
    async transition(interaction, event) {
      const to = nextState(interaction.channel, interaction.state, event);
      if (!to) return { ok: false, state: interaction.state };
      const at = ctx.now().toISOString();
      const before = interaction.state;
      interaction.state = to;
      interaction.history.push({ state: to, at, event });
      const stamp = TIMESTAMPS[event];
      if (stamp) interaction[stamp] = at;
      if (event === 'hangup') interaction.endedAt ??= at;
      if (to === 'closed') {
        interaction.closedAt = at;
        interaction.endedAt ??= at;
      }
      const declared = ON_ENTER[interaction.channel === 'voice' ? 'voice' : 'digital'][to] ?? [];
      for (const effect of declared) if (effect !== 'dispatch') await effects[effect](interaction, event, before);
      await ctx.cc.save();
      ctx.bus.publish(interaction.agentId, 'interaction.updated', { interaction });
      if (declared.includes('dispatch')) await ctx.dispatch();
      return { ok: true };
    },
  };
}

/** Frees the agent (they become idle now) when they no longer handle this interaction. */
export function releaseAgent(ctx: Pick<CcContext, 'cc' | 'now'>, interaction: InteractionRecord): void {
  const agent = ctx.cc.data.agents.find((a) => a.id === interaction.agentId);
  if (agent) agent.idleSince = ctx.now().toISOString();
}

import type { OperationId } from '../contract/contract';
import type { Channel } from '../vocabulary/channel';
import { nextState, type InteractionState, type LifecycleEvent } from '../vocabulary/interaction';

/** The lifecycle events an agent triggers from the desktop, each with its API operation and label. */
export const AGENT_ACTIONS = {
  answer: { operation: 'answerInteraction', label: 'Answer' },
  hangup: { operation: 'hangUp', label: 'Hang up' },
  'acw-complete': { operation: 'completeAfterCallWork', label: 'Complete after-call work' },
  transfer: { operation: 'transferInteraction', label: 'Transfer' },
  unassign: { operation: 'unassignInteraction', label: 'Unassign' },
} as const satisfies Partial<Record<LifecycleEvent, { operation: OperationId; label: string }>>;

export type AgentAction = keyof typeof AGENT_ACTIONS;

/**
 * What the agent may do with an interaction now: the desktop's buttons, read off the
 * lifecycle itself so the two never disagree (the service refuses the rest with 409).
 */
export function agentActions(channel: Channel, state: InteractionState): AgentAction[] {
  return (Object.keys(AGENT_ACTIONS) as AgentAction[]).filter((action) => nextState(channel, state, action) !== null);
}

/** States in which an interaction is still on the agent's desktop. */
export function isOnDesktop(state: InteractionState): boolean {
  return state === 'alerting' || state === 'connected' || state === 'acw' || state === 'assigned';
}

import { isActive } from '../acd/pickAgent';
import type { CcContext } from '../context';
import type { AgentRecord, InteractionRecord } from '../data';
import { agentView } from './agentView';

type FocusContext = Pick<CcContext, 'cc' | 'bus'>;

/** When the agent last took the interaction up: accepted, answered, assigned, or it started. */
const takenAt = (interaction: InteractionRecord) =>
  interaction.acceptedAt ?? interaction.answeredAt ?? interaction.history.findLast((h) => h.event === 'assign' || h.event === 'offered')?.at ?? interaction.startedAt;

/** Whether the interaction is still on this agent's desktop. */
const isOnDesktopOf = (agent: AgentRecord, interaction: InteractionRecord | undefined) => Boolean(interaction && interaction.agentId === agent.id && isActive(interaction));

/** Sets the agent's focus and tells every tab of theirs; nothing is published when it did not change. */
export function setFocus(ctx: FocusContext, agent: AgentRecord, interactionId: string | undefined): void {
  if (agent.focusInteractionId === interactionId) return;
  if (interactionId === undefined) delete agent.focusInteractionId;
  else agent.focusInteractionId = interactionId;
  ctx.bus.publish(agent.id, 'agent.updated', { agent: agentView(ctx, agent.id)! });
}

/** The agent's most recently taken interaction still on their desktop, other than `except`. */
export function latestOpenOf(ctx: FocusContext, agent: AgentRecord, except?: string): InteractionRecord | undefined {
  return Object.values(ctx.cc.data.interactions)
    .filter((i) => i.id !== except && isOnDesktopOf(agent, i))
    .sort((a, b) => takenAt(b).localeCompare(takenAt(a)))[0];
}

/**
 * The service moves the focus itself (issue 15 item 1): an interaction the agent answers or
 * accepts takes it when the agent has none or the focused one left their desktop; when the
 * focused interaction leaves (closed, transferred, unassigned), the focus goes to the agent's
 * most recent other interaction, or nowhere.
 */
export function moveFocus(ctx: FocusContext, interaction: InteractionRecord): void {
  const agent = ctx.cc.data.agents.find((a) => a.id === interaction.agentId);
  if (!agent) return;
  const focused = agent.focusInteractionId ? ctx.cc.data.interactions[agent.focusInteractionId] : undefined;
  const taken = isOnDesktopOf(agent, interaction) && (interaction.state === 'connected' || interaction.acceptedAt !== undefined);
  if (taken) {
    if (!isOnDesktopOf(agent, focused)) setFocus(ctx, agent, interaction.id);
    return;
  }
  if (agent.focusInteractionId === interaction.id || (agent.focusInteractionId && !isOnDesktopOf(agent, focused))) {
    setFocus(ctx, agent, latestOpenOf(ctx, agent, interaction.id)?.id);
  }
}

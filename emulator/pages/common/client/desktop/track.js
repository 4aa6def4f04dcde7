import { isOnDesktop } from '../../../../../shared/desktop/agentActions';

const inbound = (interaction) => (interaction.messages ?? []).filter((message) => message.direction === 'inbound').length;

/**
 * Takes the service's newest view of an interaction: it stays on the desktop while the agent
 * still handles it. Inbound messages that arrive on an interaction without focus are counted
 * as unread until the agent focuses it.
 */
export function trackInteraction(state, interaction) {
  const before = state.interactions.get(interaction.id);
  if (!isOnDesktop(interaction.state) || interaction.agentId !== state.agentId) {
    state.interactions.delete(interaction.id);
    state.unread.delete(interaction.id);
    return;
  }
  if (before && interaction.id !== state.focusId) {
    const arrived = inbound(interaction) - inbound(before);
    if (arrived > 0) state.unread.set(interaction.id, (state.unread.get(interaction.id) ?? 0) + arrived);
  }
  state.interactions.set(interaction.id, interaction);
}

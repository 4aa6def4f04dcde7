/**
 * Everything the desktop shows, in one plain object: the agent, their interactions in the
 * order they came, which one has focus, unread counts, the links of the focused one, the
 * transfer directory, the wrap-up settings, and what the agent has typed (drafts survive
 * every re-render).
 */
export function createDesktopState(agentId) {
  return {
    agentId,
    agent: null,
    /** id -> interaction, oldest first. */
    interactions: new Map(),
    /** The interaction the card follows; null until one is chosen. */
    focusId: null,
    /** id -> inbound messages that arrived while the interaction had no focus. */
    unread: new Map(),
    /** id -> links (with their write-back state) of the focused interaction. */
    links: new Map(),
    queues: [],
    agents: [],
    wrapUp: { dispositions: [], required: false },
    /** `data-keep` key -> value typed into a field. */
    drafts: new Map(),
    /** Interactions that ended lately, whose write-back the desktop still shows. */
    ended: [],
    error: '',
  };
}

/** The interactions still on the agent's desktop, oldest first. */
export const listed = (state) => [...state.interactions.values()];

/** The focused interaction, if it is still on the desktop. */
export const focused = (state) => (state.focusId ? state.interactions.get(state.focusId) ?? null : null);

/** Calls ringing for this agent: each gets an alert with Answer. */
export const ringing = (state) => listed(state).filter((interaction) => interaction.channel === 'voice' && interaction.state === 'alerting');

/**
 * Which interaction has focus. The focus is part of the agent's state in the service
 * (`PUT /agents/{id}/focus`, echoed as `agent.updated`), so every tab and the card agree.
 */
export function createFocus(state, api, { render, onFocusChanged = () => {} }) {
  function apply(id) {
    if (state.focusId === id) return;
    state.focusId = id;
    if (id) state.unread.delete(id);
    onFocusChanged(id);
  }

  /** The agent's focus as the service says (sync and `agent.updated`). */
  function follow(agent) {
    apply(agent.focusInteractionId ?? null);
    // Before the agent has chosen any, the newest interaction they work on has it.
    if (!state.focusId || !state.interactions.has(state.focusId)) apply(fallback());
  }

  /** Without a chosen focus: the newest interaction the agent is working on, else the newest one. */
  function fallback() {
    const open = [...state.interactions.values()].reverse();
    return (open.find((i) => i.state === 'connected' || i.state === 'acw' || i.state === 'assigned') ?? open[0])?.id ?? null;
  }

  async function focus(id) {
    apply(id);
    render();
    try {
      const { agent } = await api.call('setAgentFocus', { params: { id: state.agentId }, body: { interactionId: id } });
      follow(agent);
    } catch (error) {
      state.error = error.message;
    }
    render();
  }

  /** The next interaction in the list after the focused one, wrapping round (keyboard). */
  function next() {
    const ids = [...state.interactions.keys()];
    if (!ids.length) return;
    void focus(ids[(ids.indexOf(state.focusId) + 1) % ids.length]);
  }

  return { follow, focus, next, ensure: () => (!state.focusId || !state.interactions.has(state.focusId) ? apply(fallback()) : undefined) };
}

/** How many ended interactions keep showing their write-back. */
const ENDED_SHOWN = 3;

/**
 * The links of the interactions whose write-back the desktop shows: the focused one, and the
 * last few that ended (their write-back happens after they leave the list, and nothing may
 * fail silently). Re-read whenever the service says one of them changed.
 */
export function createLinks(state, api, { render }) {
  async function load(interactionId) {
    if (!interactionId) return;
    try {
      const { links } = await api.call('listLinks', { params: { id: interactionId } });
      state.links.set(interactionId, links);
    } catch (error) {
      state.error = error.message;
    }
    render();
  }

  /** An interaction left the desktop by ending: its write-back stays in sight. */
  function ended(interaction, customer) {
    state.ended = [{ id: interaction.id, customer }, ...(state.ended ?? []).filter((e) => e.id !== interaction.id)].slice(0, ENDED_SHOWN);
    const kept = new Set([state.focusId, ...state.ended.map((e) => e.id)]);
    for (const id of [...state.links.keys()]) if (!kept.has(id)) state.links.delete(id);
    return load(interaction.id);
  }

  /** Re-reads the links of an interaction the desktop shows (a `card.updated` event). */
  const changed = (interactionId) => (interactionId && state.links.has(interactionId) ? load(interactionId) : undefined);

  async function retry(link) {
    state.error = '';
    try {
      await api.call('retryWriteBack', { params: { id: link.interactionId, linkId: link.id } });
    } catch (error) {
      state.error = error.message;
    }
    await load(link.interactionId);
  }

  return { load, ended, changed, retry };
}

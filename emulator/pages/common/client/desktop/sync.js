import { trackInteraction } from './track.js';

/**
 * Reads the agent and every open interaction as the service has them now. Runs each time the
 * event stream (re)connects: a call that rang while the page was closed or the stream was
 * down is on screen all the same. What an event said during the read is newer and stays:
 * `noteChange(id)` records it.
 */
export function createSync(state, api, { onAgent, render }) {
  let changedDuringSync = null;

  async function sync() {
    const changed = new Set();
    changedDuringSync = changed;
    const [{ agent }, { interactions }] = await Promise.all([api.call('getMe'), api.call('listInteractions', { query: { agentId: state.agentId } })]);
    if (changedDuringSync === changed) changedDuringSync = null;
    const listedIds = new Set(interactions.map((interaction) => interaction.id));
    for (const id of [...state.interactions.keys()]) if (!changed.has(id) && !listedIds.has(id)) state.interactions.delete(id);
    // The list is newest first; the desktop shows interactions in the order they came.
    for (const interaction of [...interactions].reverse()) if (!changed.has(interaction.id)) trackInteraction(state, interaction);
    onAgent(agent);
    render();
  }

  return { sync, noteChange: (id) => changedDuringSync?.add(id) };
}

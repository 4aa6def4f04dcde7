import { nextState } from '../../../../../shared/vocabulary/interaction';

/**
 * What the agent can do with an interaction, each with its API operation, its label and its
 * keyboard shortcut. An action shows only when the lifecycle allows it now.
 */
export const DESKTOP_ACTIONS = {
  answer: { operation: 'answerInteraction', label: 'Answer', event: 'answer', shortcut: 'Alt+Shift+A' },
  decline: { operation: 'hangUp', label: 'Decline', event: 'hangup' },
  hangup: { operation: 'hangUp', label: 'Hang up', event: 'hangup', shortcut: 'Alt+Shift+H' },
  accept: { operation: 'acceptInteraction', label: 'Accept', event: 'assign', shortcut: 'Alt+Shift+A' },
  end: { operation: 'closeInteraction', label: 'End', event: 'close', shortcut: 'Alt+Shift+E' },
  transfer: { operation: 'transferInteraction', label: 'Transfer', event: 'transfer' },
  'acw-complete': { operation: 'completeAfterCallWork', label: 'Complete after-call work', event: 'acw-complete' },
};

/** The label with its shortcut, for tooltips. */
export const withShortcut = (action) => (DESKTOP_ACTIONS[action].shortcut ? `${DESKTOP_ACTIONS[action].label} (${DESKTOP_ACTIONS[action].shortcut})` : DESKTOP_ACTIONS[action].label);

/** A digital interaction waits for Accept when the service knows acceptance and it has none yet. */
export const awaitsAccept = (interaction) => interaction.channel !== 'voice' && interaction.state === 'assigned' && !interaction.acceptedAt;

/** The buttons for one interaction now (Answer and Decline belong to the ringing alert). */
export function actionsFor(interaction) {
  const allowed = (event) => nextState(interaction.channel, interaction.state, event) !== null;
  if (interaction.channel === 'voice') {
    if (interaction.state === 'alerting') return ['answer', 'decline'];
    return ['hangup', 'transfer'].filter((action) => allowed(DESKTOP_ACTIONS[action].event));
  }
  if (interaction.state !== 'assigned') return [];
  return [awaitsAccept(interaction) ? 'accept' : null, 'transfer', 'end'].filter(Boolean);
}

/**
 * Runs an action against the service and takes the interaction it answers. Answering or
 * accepting moves the focus to that interaction: the agent is now working on it.
 */
export function createActions(state, api, { track, focus, render, onScreenPop }) {
  async function run(interaction, action, body) {
    state.error = '';
    try {
      const result = await api.call(DESKTOP_ACTIONS[action].operation, { params: { id: interaction.id }, body });
      track(result.interaction);
      if (action === 'answer' || action === 'accept') await focus(result.interaction.id);
      if (action === 'answer') onScreenPop(result.interaction);
    } catch (error) {
      state.error = error.message;
    }
    render();
  }

  /** The agent's reply on a digital interaction: a message the customer sees. */
  async function reply(interaction, text, onSent) {
    state.error = '';
    try {
      await api.call('postMessage', { params: { id: interaction.id }, body: { from: state.agent?.name ?? 'Agent', text } });
      onSent();
      const { interaction: updated } = await api.call('getInteraction', { params: { id: interaction.id } });
      track(updated);
    } catch (error) {
      state.error = error.message;
    }
    render();
  }

  /** The ambiguous caller's candidate the agent chose becomes the card's contact and the screen pop. */
  async function pick(interaction, candidate) {
    state.error = '';
    try {
      const { interaction: updated } = await api.call('pickCandidate', { params: { id: interaction.id }, body: { crm: candidate.crm, object: candidate.object, id: candidate.id } });
      track(updated);
      onScreenPop(updated);
    } catch (error) {
      state.error = error.message;
    }
    render();
  }

  return { run, reply, pick };
}

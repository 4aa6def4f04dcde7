import { h } from './h.js';
import { createActions } from './desktop/actions.js';
import { alertView } from './desktop/alertView.js';
import { desktopApi } from './desktop/api.js';
import { candidatesView } from './desktop/candidatesView.js';
import { detailPanel } from './desktop/detailPanel.js';
import { tickClocks } from './desktop/elapsed.js';
import { endedView } from './desktop/endedView.js';
import { createFocus } from './desktop/focus.js';
import { interactionList } from './desktop/interactionList.js';
import { renderKeepingFocus } from './desktop/keepFocus.js';
import { customerOf } from './desktop/labels.js';
import { createLinks } from './desktop/links.js';
import { listenForShortcuts } from './desktop/shortcuts.js';
import { createDesktopState, focused, ringing } from './desktop/state.js';
import { createSync } from './desktop/sync.js';
import { trackInteraction } from './desktop/track.js';

/**
 * The agent desktop (issue 15): availability, ringing calls, every interaction of the agent
 * with one in focus (the card follows it), and the focused one's handling: reply, transfer,
 * end, hang up, wrap-up, write-back. Framework-free, so every local page (Lightning, Agent
 * Workspace) embeds the same one. `onScreenPop(interaction)` runs after an answer or a pick.
 */
export function mountSoftphone(host, { agentId, baseUrl = '', onScreenPop = () => {}, keyboardTarget = document }) {
  const api = desktopApi(baseUrl);
  const state = createDesktopState(agentId);
  const render = () => renderKeepingFocus(host, view);
  const links = createLinks(state, api, { render });
  const focus = createFocus(state, api, { render, onFocusChanged: (id) => void links.load(id) });
  const { sync, noteChange } = createSync(state, api, { onAgent: (agent) => takeAgent(agent), render });

  function takeAgent(agent) {
    // An agent without focus has no `focusInteractionId`: the old one must not survive the spread.
    state.agent = { ...state.agent, ...agent, focusInteractionId: agent.focusInteractionId };
    focus.follow(state.agent);
  }

  function track(interaction) {
    noteChange(interaction.id);
    const before = state.interactions.get(interaction.id);
    trackInteraction(state, interaction);
    if (before && !state.interactions.has(interaction.id) && interaction.state === 'closed') void links.ended(interaction, customerOf(before));
    focus.ensure();
  }

  const actions = createActions(state, api, { track, focus: focus.focus, render, onScreenPop });
  const fail = (error) => {
    state.error = error.message;
    render();
  };

  async function setAvailable(available) {
    const { agent } = await api.call('setAgentState', { params: { id: agentId }, body: { state: available ? 'available' : 'unavailable' } });
    takeAgent(agent);
    render();
  }

  /** Queues and colleagues for transfer, and the wrap-up settings: they change rarely, so once per page. */
  async function loadDirectory() {
    const [directory, { config }] = await Promise.all([api.call('listAgents'), api.call('getConfig')]);
    state.queues = directory.queues;
    state.agents = directory.agents.filter((a) => a.id !== agentId);
    state.wrapUp = { dispositions: config.wrapUp?.dispositions ?? [], required: config.wrapUp?.required ?? false };
    render();
  }

  const candidatesOf = (interaction) =>
    candidatesView(interaction, {
      onPick: (match) => actions.pick(interaction, match),
      folded: state.drafts.get(`folded:${interaction.id}`) === true,
      onFold: (folded) => state.drafts.set(`folded:${interaction.id}`, folded),
    });

  function statusBar() {
    const available = state.agent?.state === 'available';
    return h(
      'div',
      { class: 'cc-softphone__status' },
      h('span', { class: `cc-softphone__dot ${available ? 'is-available' : ''}`, 'aria-hidden': 'true' }),
      h('span', { role: 'status' }, state.agent ? `${state.agent.name}: ${available ? 'Available' : 'Unavailable'}` : 'Connecting…'),
      h('button', { class: 'slds-button slds-button_neutral', type: 'button', 'data-keep': 'availability', onclick: () => setAvailable(!available).catch(fail), 'aria-pressed': String(available) }, available ? 'Go unavailable' : 'Go available'),
    );
  }

  function view() {
    const current = focused(state);
    const onRetry = (link) => links.retry(link);
    return h(
      'div',
      { class: 'cc-softphone cc-desktop' },
      statusBar(),
      ringing(state).map((call) => alertView(call, { onAction: actions.run, candidates: candidatesOf(call) })),
      state.error ? h('p', { class: 'slds-text-color_error', role: 'alert' }, state.error) : null,
      h(
        'div',
        { class: 'cc-desktop__body' },
        interactionList(state, { onFocus: (id) => focus.focus(id) }),
        current ? detailPanel(state, current, { actions, candidates: candidatesOf(current), onRetry }) : null,
      ),
      endedView(state, { onRetry }),
    );
  }

  const handlers = {
    // The ringing alert reads the interaction itself (its context); the event's extras are older shapes of it.
    'interaction.alerting': ({ interaction }) => {
      track(interaction);
      render();
    },
    'interaction.updated': ({ interaction }) => {
      track(interaction);
      render();
    },
    'agent.updated': ({ agent }) => {
      takeAgent(agent);
      render();
    },
    'card.updated': ({ interactionId }) => void links.changed(interactionId),
  };
  // The stream reconnects on its own after a drop; each (re)connection is followed by a fresh sync.
  const stream = api.events(agentId, handlers, undefined, () => sync().catch(fail));
  const stopShortcuts = listenForShortcuts(keyboardTarget, state, { actions, focus });
  // Clocks tick in place: nothing re-renders for them.
  const ticker = setInterval(() => tickClocks(host), 1000);

  render();
  loadDirectory().catch(fail);
  return {
    close: () => {
      stream.close();
      stopShortcuts();
      clearInterval(ticker);
    },
  };
}

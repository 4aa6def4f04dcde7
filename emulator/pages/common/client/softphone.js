import { createCcClient } from '../../../../shared/contract/client';
import { AGENT_ACTIONS, agentActions, isOnDesktop } from '../../../../shared/desktop/agentActions';
import { h } from './h.js';

/**
 * The agent's softphone: availability, the incoming alert with its routing context, and the
 * interaction controls. Framework-free so that every local page (Lightning, Agent
 * Workspace) embeds the same one. `onScreenPop(interaction)` runs after an answer.
 */
export function mountSoftphone(host, { agentId, baseUrl = '', onScreenPop = () => {} }) {
  const api = createCcClient({ baseUrl, credentials: 'include' });
  const state = { agent: null, interactions: new Map(), alert: null, queues: [], agents: [], error: '' };

  /** Queues and colleagues for transfer; they change rarely, so once per page. */
  async function loadDirectory() {
    const directory = await api.call('listAgents');
    state.queues = directory.queues;
    state.agents = directory.agents.filter((a) => a.id !== agentId);
    render();
  }

  /**
   * The agent and every open interaction, as the service has them now. Runs each time the
   * event stream (re)connects: a call that rang while the page was closed or the stream was
   * down is on screen all the same. What an event said during the fetch is newer and stays.
   */
  let changedDuringSync = null;
  async function sync() {
    const changed = new Set();
    changedDuringSync = changed;
    const [{ agent }, { interactions }] = await Promise.all([api.call('getMe'), api.call('listInteractions', { query: { agentId } })]);
    if (changedDuringSync === changed) changedDuringSync = null;
    state.agent = { ...state.agent, ...agent };
    const listed = new Set(interactions.map((interaction) => interaction.id));
    for (const id of state.interactions.keys()) if (!changed.has(id) && !listed.has(id)) state.interactions.delete(id);
    // The list is newest first; the softphone shows interactions in the order they came.
    for (const interaction of [...interactions].reverse()) {
      if (changed.has(interaction.id)) continue;
      track(interaction);
      if (interaction.state === 'alerting' && interaction.agentId === agentId) state.alert = alertOf(interaction);
    }
    if (state.alert && !state.interactions.has(state.alert.interaction.id)) state.alert = null;
    render();
  }

  /** The incoming alert's context, as the ACD sends it with `interaction.alerting`. */
  const alertOf = (interaction) => ({ interaction, queue: interaction.routing?.queue, skills: interaction.routing?.skills, participantData: interaction.participantData });

  async function act(interaction, action, body) {
    state.error = '';
    try {
      const result = await api.call(AGENT_ACTIONS[action].operation, { params: { id: interaction.id }, body });
      track(result.interaction);
      if (action === 'answer') onScreenPop(result.interaction);
    } catch (error) {
      state.error = error.message;
    }
    render();
  }

  async function setAvailable(available) {
    const { agent } = await api.call('setAgentState', { params: { id: agentId }, body: { state: available ? 'available' : 'unavailable' } });
    state.agent = { ...state.agent, ...agent };
    render();
  }

  function track(interaction) {
    changedDuringSync?.add(interaction.id);
    if (isOnDesktop(interaction.state) && interaction.agentId === agentId) state.interactions.set(interaction.id, interaction);
    else state.interactions.delete(interaction.id);
    if (state.alert?.interaction.id === interaction.id && interaction.state !== 'alerting') state.alert = null;
  }

  const fail = (error) => {
    state.error = error.message;
    render();
  };

  const handlers = {
    'interaction.alerting': (alert) => {
      track(alert.interaction);
      state.alert = alert;
      render();
    },
    'interaction.updated': ({ interaction }) => {
      track(interaction);
      render();
    },
    'agent.updated': ({ agent }) => {
      state.agent = { ...state.agent, ...agent };
      render();
    },
  };
  // The stream reconnects on its own after a drop; each (re)connection is followed by a fresh sync.
  const stream = api.events(agentId, handlers, undefined, () => sync().catch(fail));

  function transferControls(interaction) {
    const select = h(
      'select',
      { class: 'slds-select', id: `transfer-${interaction.id}`, 'aria-label': 'Transfer to' },
      h('optgroup', { label: 'Queues' }, state.queues.map((q) => h('option', { value: `queue:${q.key}` }, q.name))),
      h('optgroup', { label: 'Agents' }, state.agents.map((a) => h('option', { value: `agent:${a.id}` }, a.name))),
    );
    const transfer = () => {
      const [kind, id] = select.value.split(':');
      act(interaction, 'transfer', kind === 'queue' ? { queue: id } : { agentId: id });
    };
    return h('div', { class: 'cc-softphone__transfer' }, select, h('button', { class: 'slds-button slds-button_neutral', type: 'button', onclick: transfer }, 'Transfer'));
  }

  function interactionView(interaction) {
    const buttons = agentActions(interaction.channel, interaction.state).map((action) =>
      action === 'transfer'
        ? transferControls(interaction)
        : h('button', { class: `slds-button ${action === 'answer' ? 'slds-button_success' : 'slds-button_neutral'}`, type: 'button', onclick: () => act(interaction, action) }, AGENT_ACTIONS[action].label),
    );
    return h(
      'li',
      { class: 'cc-softphone__interaction slds-box slds-box_x-small', 'data-interaction-id': interaction.id, 'data-state': interaction.state },
      h('p', { class: 'slds-text-title_bold' }, `${interaction.channel} · ${interaction.from}`),
      h('p', { class: 'cc-softphone__state' }, `State: ${interaction.state}`),
      h('div', { class: 'cc-softphone__actions' }, buttons),
    );
  }

  function alertView({ interaction, queue, skills = [], participantData = {} }) {
    const data = Object.entries(participantData).filter(([, v]) => typeof v !== 'object' || v === null);
    return h(
      'section',
      { class: 'cc-softphone__alert slds-box slds-theme_info', role: 'alert', 'aria-label': 'Incoming interaction' },
      h('h3', { class: 'slds-text-heading_small' }, `Incoming ${interaction.channel} from ${interaction.from}`),
      interaction.ivr?.greeting ? h('p', {}, interaction.ivr.greeting) : null,
      h('dl', { class: 'slds-dl_horizontal' },
        h('dt', { class: 'slds-dl_horizontal__label' }, 'Queue'), h('dd', { class: 'slds-dl_horizontal__detail' }, queue ?? ''),
        h('dt', { class: 'slds-dl_horizontal__label' }, 'Skills'), h('dd', { class: 'slds-dl_horizontal__detail' }, skills.join(', ')),
        data.flatMap(([k, v]) => [h('dt', { class: 'slds-dl_horizontal__label' }, k), h('dd', { class: 'slds-dl_horizontal__detail' }, String(v))]),
      ),
    );
  }

  function render() {
    const available = state.agent?.state === 'available';
    host.replaceChildren(
      h(
        'div',
        { class: 'cc-softphone' },
        h('div', { class: 'cc-softphone__status' },
          h('span', { class: `cc-softphone__dot ${available ? 'is-available' : ''}`, 'aria-hidden': 'true' }),
          h('span', { role: 'status' }, state.agent ? `${state.agent.name}: ${available ? 'Available' : 'Unavailable'}` : 'Connecting…'),
          h('button', { class: 'slds-button slds-button_neutral', type: 'button', onclick: () => setAvailable(!available), 'aria-pressed': String(available) }, available ? 'Go unavailable' : 'Go available'),
        ),
        state.alert ? alertView(state.alert) : null,
        state.error ? h('p', { class: 'slds-text-color_error', role: 'alert' }, state.error) : null,
        h('ul', { class: 'cc-softphone__list', 'aria-label': 'My interactions' }, [...state.interactions.values()].map(interactionView)),
      ),
    );
  }

  render();
  loadDirectory().catch(fail);
  return { close: () => stream.close() };
}

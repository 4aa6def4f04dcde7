import { h } from '../h.js';
import { draftField, draftOf, withValue } from './drafts.js';

/** Transfer to a queue or a colleague, chosen from the directory. */
export function transferControls(state, interaction, { onTransfer }) {
  const key = `transfer:${interaction.id}`;
  const select = withValue(
    h(
      'select',
      draftField(state, key, { class: 'slds-select', id: `transfer-${interaction.id}`, 'aria-label': 'Transfer to' }),
      h('optgroup', { label: 'Queues' }, state.queues.map((q) => h('option', { value: `queue:${q.key}` }, q.name))),
      h('optgroup', { label: 'Agents' }, state.agents.map((a) => h('option', { value: `agent:${a.id}` }, a.name))),
    ),
    draftOf(state, key, state.queues[0] ? `queue:${state.queues[0].key}` : ''),
  );
  const transfer = () => {
    const [kind, id] = select.value.split(':');
    if (id) onTransfer(interaction, kind === 'queue' ? { queue: id } : { agentId: id });
  };
  return h('div', { class: 'cc-softphone__transfer' }, select, h('button', { class: 'slds-button slds-button_neutral', type: 'button', 'data-keep': `transfer-button:${interaction.id}`, onclick: transfer }, 'Transfer'));
}

import { h } from '../h.js';
import { draftField, draftOf, withValue } from './drafts.js';

/** The agent's reply on a digital interaction; the text stays until the service took it. */
export function replyBox(state, interaction, { onReply }) {
  const key = `reply:${interaction.id}`;
  const id = `cc-reply-${interaction.id}`;
  const submit = async (event) => {
    event.preventDefault();
    const text = draftOf(state, key).trim();
    if (!text) return;
    // The text leaves the box only once the service has it.
    await onReply(interaction, text, () => state.drafts.delete(key));
  };
  return h(
    'form',
    { class: 'cc-desktop__reply', onsubmit: submit },
    h('label', { class: 'slds-form-element__label', for: id }, 'Reply'),
    withValue(h('textarea', draftField(state, key, { class: 'slds-textarea', id, rows: 2, maxlength: 20000 })), draftOf(state, key)),
    h('button', { class: 'slds-button slds-button_brand', type: 'submit', 'data-keep': `send:${interaction.id}` }, 'Send'),
  );
}

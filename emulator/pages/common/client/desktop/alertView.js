import { h } from '../h.js';
import { DESKTOP_ACTIONS, withShortcut } from './actions.js';
import { contextView } from './contextView.js';
import { customerOf } from './labels.js';

/** A ringing call: who, why it came here, and Answer / Decline. */
export function alertView(interaction, { onAction, candidates }) {
  const button = (action, kind) =>
    h('button', { class: `slds-button ${kind}`, type: 'button', title: withShortcut(action), 'aria-keyshortcuts': DESKTOP_ACTIONS[action].shortcut, 'data-keep': `${action}:${interaction.id}`, onclick: () => onAction(interaction, action) }, DESKTOP_ACTIONS[action].label);
  return h(
    'section',
    { class: 'cc-softphone__alert cc-desktop__alert slds-box slds-theme_info', role: 'alert', 'aria-label': 'Incoming interaction' },
    h('h3', { class: 'slds-text-heading_small' }, `Incoming call from ${customerOf(interaction)}`),
    customerOf(interaction) !== interaction.from ? h('p', {}, interaction.from) : null,
    interaction.ivr?.greeting ? h('p', { class: 'cc-desktop__greeting' }, interaction.ivr.greeting) : null,
    contextView(interaction),
    candidates,
    h('div', { class: 'cc-softphone__actions' }, button('answer', 'slds-button_success'), button('decline', 'slds-button_neutral')),
  );
}

import { h } from '../h.js';
import { DESKTOP_ACTIONS, actionsFor, awaitsAccept, withShortcut } from './actions.js';
import { channelIcon } from './channelIcon.js';
import { contextView } from './contextView.js';
import { conversationView } from './conversationView.js';
import { customerOf, stateLabel } from './labels.js';
import { replyBox } from './replyBox.js';
import { transferControls } from './transferControls.js';
import { wrapUpPanel } from './wrapUpPanel.js';
import { writeBackList } from './writeBackList.js';

/**
 * The focused interaction, as the card shows it: who, why, the conversation, and what the
 * agent can do now (reply, transfer, end; hang up; wrap up), with the write-back of its links.
 */
export function detailPanel(state, interaction, { actions, candidates, onRetry }) {
  const button = (action) =>
    action === 'transfer'
      ? transferControls(state, interaction, { onTransfer: (i, body) => actions.run(i, 'transfer', body) })
      : h(
          'button',
          {
            class: `slds-button ${action === 'accept' ? 'slds-button_success' : 'slds-button_neutral'}`,
            type: 'button',
            title: withShortcut(action),
            'aria-keyshortcuts': DESKTOP_ACTIONS[action].shortcut,
            'data-keep': `${action}:${interaction.id}`,
            onclick: () => actions.run(interaction, action),
          },
          DESKTOP_ACTIONS[action].label,
        );
  const ringing = interaction.channel === 'voice' && interaction.state === 'alerting';
  const digital = interaction.channel !== 'voice';
  const canReply = digital && interaction.state === 'assigned' && !awaitsAccept(interaction);
  return h(
    'section',
    { class: 'cc-desktop__detail', 'aria-labelledby': 'cc-desktop-focused-title', 'data-interaction-id': interaction.id },
    h('h3', { class: 'slds-text-heading_small cc-desktop__title', id: 'cc-desktop-focused-title' }, channelIcon(interaction.channel), ` ${customerOf(interaction)}`),
    h('p', { class: 'slds-text-color_weak' }, `${interaction.from} · ${stateLabel(interaction, awaitsAccept(interaction))}${interaction.subject ? ` · ${interaction.subject}` : ''}`),
    ringing ? null : contextView(interaction),
    ringing ? null : candidates,
    digital ? conversationView(interaction) : null,
    canReply ? replyBox(state, interaction, { onReply: actions.reply }) : null,
    interaction.state === 'acw' ? wrapUpPanel(state, interaction, { onComplete: (i, body) => actions.run(i, 'acw-complete', body) }) : null,
    ringing ? null : h('div', { class: 'cc-softphone__actions' }, actionsFor(interaction).map(button)),
    writeBackList(state.links.get(interaction.id) ?? [], { onRetry }),
  );
}

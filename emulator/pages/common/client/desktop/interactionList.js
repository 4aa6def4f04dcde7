import { h } from '../h.js';
import { awaitsAccept } from './actions.js';
import { channelIcon } from './channelIcon.js';
import { clockAttributes, clock, since } from './elapsed.js';
import { customerOf, stateLabel } from './labels.js';

/** When the interaction's clock starts: the wait before it is taken, then the time since. */
const clockStart = (interaction) => interaction.acceptedAt ?? interaction.answeredAt ?? interaction.queuedAt ?? interaction.startedAt;

/**
 * Every interaction of the agent, oldest first: channel, customer, state, a ticking clock and
 * unread messages. Choosing one gives it the focus, which the card follows.
 */
export function interactionList(state, { onFocus }) {
  const items = [...state.interactions.values()].map((interaction) => {
    const unread = state.unread.get(interaction.id) ?? 0;
    const isFocused = interaction.id === state.focusId;
    const customer = customerOf(interaction);
    const status = stateLabel(interaction, awaitsAccept(interaction));
    return h(
      'li',
      { class: `cc-softphone__interaction cc-desktop__item${isFocused ? ' is-focused' : ''}`, 'data-interaction-id': interaction.id, 'data-state': interaction.state },
      h(
        'button',
        {
          class: 'cc-desktop__item-button',
          type: 'button',
          'aria-current': isFocused ? 'true' : false,
          'data-keep': `item:${interaction.id}`,
          title: 'Focus this interaction (next: Alt+Shift+N)',
          onclick: () => onFocus(interaction.id),
        },
        channelIcon(interaction.channel),
        h('span', { class: 'cc-desktop__customer' }, customer),
        h('span', { class: 'cc-desktop__state' }, status),
        h('span', { class: 'cc-desktop__clock', ...clockAttributes({ from: clockStart(interaction) }) }, clock(since(clockStart(interaction)))),
        unread ? h('span', { class: 'slds-badge slds-badge_inverse cc-desktop__unread' }, String(unread), h('span', { class: 'slds-assistive-text' }, unread === 1 ? ' new message' : ' new messages')) : null,
      ),
    );
  });
  return h('ul', { class: 'cc-softphone__list cc-desktop__list', 'aria-label': 'My interactions' }, items);
}

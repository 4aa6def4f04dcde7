import { h } from '../h.js';

/** The messages of a digital interaction, newest last; the agent's own replies marked as such. */
export function conversationView(interaction) {
  const messages = interaction.messages ?? [];
  if (!messages.length) return null;
  return h(
    'ol',
    { class: 'cc-desktop__messages', 'aria-label': 'Conversation' },
    messages.map((message) =>
      h(
        'li',
        { class: `cc-desktop__message is-${message.direction}` },
        h('span', { class: 'cc-desktop__message-from' }, message.direction === 'outbound' ? `You (${message.from})` : message.from),
        h('span', {}, message.text),
      ),
    ),
  );
}

import { h } from '../h.js';
import { formatValue, labelOfKey } from './labels.js';

/**
 * What the service knows about an interaction, as the alert and *Current interaction* show
 * it: labelled facts, the queue and skill names, and why it was routed here. The service
 * computes `interaction.context` from the display settings; without it the desktop makes do
 * with the routing and the participant data, labelled from their keys.
 */
export function contextOf(interaction) {
  if (interaction.context) {
    const { facts = [], queue, skills = [], reasons = [] } = interaction.context;
    return { facts: facts.map(({ label, value }) => ({ label, value: formatValue(value) })), queue: queue?.name, skills: skills.map((s) => s.name), reasons };
  }
  const data = Object.entries(interaction.participantData ?? {}).filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object');
  return {
    facts: data.map(([key, value]) => ({ label: labelOfKey(key), value: formatValue(value) })),
    queue: interaction.routing?.queue,
    skills: (interaction.routing?.skills ?? []).map(labelOfKey),
    reasons: interaction.routing?.reasons ?? [],
  };
}

/** Label-value pairs stacked in a grid that wraps long values instead of drawing over them. */
export function factList(pairs, label) {
  return h(
    'dl',
    { class: 'cc-desktop__facts', 'aria-label': label },
    pairs.flatMap(({ label: name, value }) => [h('dt', {}, name), h('dd', {}, value)]),
  );
}

export function contextView(interaction) {
  const { facts, queue, skills, reasons } = contextOf(interaction);
  const pairs = [...(queue ? [{ label: 'Queue', value: queue }] : []), ...(skills.length ? [{ label: 'Skills', value: skills.join(', ') }] : []), ...facts];
  return h(
    'div',
    { class: 'cc-desktop__context' },
    pairs.length ? factList(pairs, 'Interaction details') : null,
    reasons.length ? h('ul', { class: 'cc-desktop__reasons', 'aria-label': 'Why it came to you' }, reasons.map((reason) => h('li', {}, reason))) : null,
  );
}

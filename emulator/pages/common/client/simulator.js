import { createCcClient } from '../../../../shared/contract/client';
import { h } from './h.js';

const api = createCcClient({ credentials: 'include' });
// The customer's side acts with the capability its interaction came with, not as an agent.
let customer = api;
const log = document.getElementById('sim-log');
const status = document.getElementById('sim-status');
const identifierForm = document.getElementById('sim-identifier');
let current = null;

/** A value as the customer reads it: a dash where there is none, never `null` or `undefined`. */
const shown = (value) => (value === null || value === undefined || value === '' ? '—' : String(value));

/** The conversation so far, the agent's replies included: what the customer sees on their side. */
function conversation(interaction) {
  const messages = interaction.messages ?? [];
  if (!messages.length) return null;
  return h(
    'ol',
    { class: 'slds-list_vertical-space', 'data-testid': 'sim-messages', 'aria-label': 'Conversation' },
    messages.map((message) => h('li', { 'data-direction': message.direction }, h('strong', {}, message.direction === 'outbound' ? `Agent (${shown(message.from)}): ` : 'You: '), shown(message.text))),
  );
}

function show(interaction) {
  current = interaction;
  const ivr = interaction.ivr;
  const routing = interaction.routing;
  status.replaceChildren(
    h('p', {}, h('strong', {}, 'Interaction: '), shown(interaction.id), ` (${shown(interaction.channel)})`),
    h('p', { 'data-testid': 'sim-state' }, h('strong', {}, 'State: '), shown(interaction.state)),
    ivr ? h('p', { 'data-testid': 'sim-ivr' }, h('strong', {}, 'IVR: '), [shown(ivr.outcome), ivr.greeting].filter(Boolean).join('. ')) : null,
    routing ? h('p', {}, h('strong', {}, 'Routing: '), [shown(routing.queue), ...(routing.skills ?? [])].join(' · ')) : null,
    conversation(interaction),
  );
  identifierForm.hidden = !(interaction.state === 'ivr' && ivr?.outcome === 'not-identified');
  document.getElementById('sim-hangup').disabled = interaction.channel !== 'voice' || interaction.state === 'closed' || interaction.state === 'acw';
  document.getElementById('sim-follow-up').disabled = interaction.channel === 'voice' || interaction.state === 'closed';
}

function note(text) {
  log.prepend(h('li', {}, `${new Date().toLocaleTimeString()} ${text}`));
}

async function run(label, action) {
  try {
    const { interaction, customerToken } = await action();
    if (customerToken) customer = createCcClient({ credentials: 'include', headers: { 'x-cc-customer-token': customerToken } });
    show(interaction);
    note(`${label}: ${interaction.state}`);
  } catch (error) {
    note(`${label} failed: ${error.message}`);
  }
}

const value = (id) => document.getElementById(id).value;

document.getElementById('sim-call').addEventListener('submit', (event) => {
  event.preventDefault();
  run('Call placed', () => api.call('placeCall', { body: { ani: value('sim-ani'), dnis: value('sim-dnis') } }));
});
identifierForm.addEventListener('submit', (event) => {
  event.preventDefault();
  run('Identifier given', () => customer.call('giveIdentifier', { params: { id: current.id }, body: { kind: value('sim-kind'), value: value('sim-identifier-value') } }));
});
document.getElementById('sim-queue').addEventListener('click', () => run('Queued as is', () => customer.call('queueAsIs', { params: { id: current.id } })));
document.getElementById('sim-hangup').addEventListener('click', () => run('Caller hung up', () => customer.call('hangUp', { params: { id: current.id } })));
document.getElementById('sim-message').addEventListener('submit', (event) => {
  event.preventDefault();
  const body = { channel: value('sim-channel'), from: value('sim-from'), subject: value('sim-subject') || undefined, text: value('sim-text') };
  run('Message sent', () => api.call('startDigitalInteraction', { body }));
});
document.getElementById('sim-follow-up').addEventListener('click', () =>
  run('Follow-up sent', async () => {
    await customer.call('postMessage', { params: { id: current.id }, body: { from: current.from, text: value('sim-text') } });
    return customer.call('getInteraction', { params: { id: current.id } });
  }),
);

// The caller has no event stream of their own in the API (events are per agent), so the
// simulator, and only it, refreshes the state it shows once a second.
setInterval(async () => {
  if (!current || current.state === 'closed') return;
  const { interaction } = await customer.call('getInteraction', { params: { id: current.id } }).catch(() => ({ interaction: current }));
  show(interaction);
}, 1000);

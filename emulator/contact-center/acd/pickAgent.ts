import type { AgentRecord, InteractionRecord } from '../data';

/** How many interactions of each kind an agent handles at once. */
export const CAPACITY = { voice: 1, digital: 3 } as const;

const ACTIVE_STATES = new Set(['alerting', 'connected', 'acw', 'assigned']);

export const isActive = (interaction: InteractionRecord) => ACTIVE_STATES.has(interaction.state);
export const isWaiting = (interaction: InteractionRecord) =>
  interaction.state === 'queued' || (interaction.channel !== 'voice' && (interaction.state === 'transferred' || interaction.state === 'unassigned'));

/** Whether the agent has room for one more interaction of this kind. */
export function hasCapacity(agent: AgentRecord, interaction: InteractionRecord, all: Iterable<InteractionRecord>): boolean {
  const kind = interaction.channel === 'voice' ? 'voice' : 'digital';
  let load = 0;
  for (const other of all) {
    if (other.agentId !== agent.id || !isActive(other)) continue;
    if ((other.channel === 'voice' ? 'voice' : 'digital') === kind) load += 1;
  }
  return load < CAPACITY[kind];
}

/**
 * The ACD's choice (PRODUCT.md §7.5): an available agent of the interaction's queue who has
 * every one of its skills, the one idle the longest; null when nobody qualifies (it waits). A
 * digital interaction its agent unassigned goes to someone else when anyone else qualifies.
 */
export function pickAgent(interaction: InteractionRecord, agents: AgentRecord[], all: readonly InteractionRecord[]): AgentRecord | null {
  const routing = interaction.routing;
  if (!routing) return null;
  // Capacity is checked last: it reads every interaction, while state, queue and skills are cheap.
  const candidates = agents.filter(
    (agent) =>
      agent.state === 'available' &&
      (routing.agentId ? agent.id === routing.agentId : agent.queues.includes(routing.queue) && routing.skills.every((skill) => agent.skills.includes(skill))) &&
      hasCapacity(agent, interaction, all),
  );
  candidates.sort((a, b) => a.idleSince.localeCompare(b.idleSince));
  // An agent who gave a digital interaction back does not get it straight back while another can take it (issue 15).
  const gaveBack = interaction.state === 'unassigned' ? interaction.agentId : undefined;
  return candidates.find((agent) => agent.id !== gaveBack) ?? candidates[0] ?? null;
}

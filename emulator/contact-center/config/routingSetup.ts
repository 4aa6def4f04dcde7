import { diffConfig, type ConfigChange } from '../../../shared';
import { agentView } from '../agents/agentView';
import type { CcContext } from '../context';
import type { ContactCenterData, RoutingSetupSnapshot } from '../data';

/** The contact center's queues, skills and each agent's queues and skills, as a version keeps them. */
export function setupSnapshot(data: ContactCenterData): RoutingSetupSnapshot {
  return {
    queues: data.queues.map((q) => ({ key: q.key, name: q.name })),
    skills: [...data.skills],
    agents: data.agents.map((a) => ({ id: a.id, queues: [...a.queues], skills: [...a.skills] })),
  };
}

/** Makes `setup` the contact center's; agents it does not list (added since) keep theirs. */
export function applySetup(data: ContactCenterData, setup: RoutingSetupSnapshot): void {
  data.queues = setup.queues.map((q) => ({ ...q }));
  data.skills = [...setup.skills];
  for (const given of setup.agents) {
    const agent = data.agents.find((a) => a.id === given.id);
    if (agent) Object.assign(agent, { queues: [...given.queues], skills: [...given.skills] });
  }
}

/** Each agent's open pages learn their new queues and skills. */
export function announceAgents(ctx: CcContext, ids: readonly string[]): void {
  for (const id of ids) {
    const agent = agentView(ctx, id);
    if (agent) ctx.bus.publish(id, 'agent.updated', { agent });
  }
}

/** Agents by id, so a diff names the agent (`setup.agents.agent-maria.skills[1]`), not their place in the list. */
const diffable = (setup: RoutingSetupSnapshot) => ({
  queues: setup.queues,
  skills: setup.skills,
  agents: Object.fromEntries(setup.agents.map((a) => [a.id, { queues: a.queues, skills: a.skills }])),
});

/** What changed in the setup, with paths under `setup.`; nothing when either side is unknown (versions older than setup versioning). */
export function setupChanges(before: RoutingSetupSnapshot | undefined, after: RoutingSetupSnapshot | undefined): ConfigChange[] {
  if (!before || !after) return [];
  return diffConfig({ setup: diffable(before) }, { setup: diffable(after) });
}

import { parseConfig } from '../../shared';
import type { DemoStory } from '../seed/story';
import { hashPassword } from './auth/passwords';
import type { ContactCenterStore } from './data';

/** Agents, queues, skills and the admin configuration from the demo story; every agent starts unavailable. */
export async function seedContactCenter(cc: ContactCenterStore, story: DemoStory, now: Date): Promise<void> {
  const { contactCenter } = story;
  const config = parseConfig(contactCenter.config);
  if (!config.ok) throw new Error(`the demo story's contact-center config is invalid: ${JSON.stringify(config.errors)}`);
  cc.data.config = config.config;
  cc.data.queues = contactCenter.queues.map((q) => ({ ...q }));
  cc.data.skills = [...contactCenter.skills];
  cc.data.agents = await Promise.all(contactCenter.agents.map(async (agent) => ({
    id: agent.key,
    name: agent.name,
    username: agent.username,
    passwordHash: await hashPassword(agent.password),
    role: agent.role,
    queues: [...agent.queues],
    skills: [...agent.skills],
    state: agent.state,
    idleSince: now.toISOString(),
  })));
  await cc.save();
}

import type { CcContext } from '../context';
import { transition } from '../interactions/lifecycle';
import { isWaiting, pickAgent } from './pickAgent';

/**
 * Offers every waiting interaction, oldest first, to the agent the ACD picks. A voice call
 * alerts the agent; a digital interaction is assigned straight away (the agent is alerted
 * all the same). Interactions nobody can take keep waiting until an agent changes state.
 */
export async function dispatchWaiting(ctx: CcContext): Promise<void> {
  const all = Object.values(ctx.cc.data.interactions);
  const waiting = all.filter((i) => isWaiting(i) && i.routing).sort((a, b) => (a.queuedAt ?? a.startedAt).localeCompare(b.queuedAt ?? b.startedAt));
  for (const interaction of waiting) {
    const agent = pickAgent(interaction, ctx.cc.data.agents, all);
    if (!agent) continue;
    interaction.agentId = agent.id;
    const result = await transition(ctx, interaction, interaction.channel === 'voice' ? 'offered' : 'assign');
    if (!result.ok) continue;
    ctx.bus.publish(agent.id, 'interaction.alerting', {
      interaction,
      queue: interaction.routing?.queue,
      skills: interaction.routing?.skills,
      participantData: interaction.participantData,
    });
  }
}

/** Serializes dispatch runs so that two events never offer one interaction twice. */
export function serialDispatcher(ctx: Omit<CcContext, 'dispatch'>): () => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return () => {
    chain = chain.then(() => dispatchWaiting(ctx as CcContext)).catch((error) => console.error('[contact-center] dispatch failed:', error));
    return chain;
  };
}

import type { StoreCluster } from '../../store/cluster';
import type { CcContext } from '../context';
import { observeAcdWait } from '../ops/metrics';
import { isActive, isWaiting, pickAgent } from './pickAgent';

/**
 * Offers every waiting interaction, oldest first, to the agent the ACD picks. A voice call
 * alerts the agent; a digital interaction is assigned straight away (the agent is alerted
 * all the same). Interactions nobody can take keep waiting until an agent changes state.
 */
export async function dispatchWaiting(ctx: CcContext): Promise<void> {
  const { waiting, active } = queueOf(ctx);
  for (const interaction of waiting) {
    const agent = pickAgent(interaction, ctx.cc.data.agents, active);
    if (!agent) continue;
    interaction.agentId = agent.id;
    const result = await ctx.lifecycle.transition(interaction, interaction.channel === 'voice' ? 'offered' : 'assign');
    if (!result.ok) continue;
    active.push(interaction);
    observeAcdWait(interaction, ctx.now());
    ctx.bus.publish(agent.id, 'interaction.alerting', {
      interaction,
      queue: interaction.routing?.queue,
      skills: interaction.routing?.skills,
      participantData: interaction.participantData,
    });
  }
}

/** The interactions waiting, oldest first, and those that load an agent now. */
function queueOf(ctx: CcContext) {
  const all = Object.values(ctx.cc.data.interactions);
  const waiting = all.filter((i) => isWaiting(i) && i.routing).sort((a, b) => compareTimes(a.queuedAt ?? a.startedAt, b.queuedAt ?? b.startedAt));
  // Only active interactions load an agent; reading all of them for each waiting one grows as their square.
  const active = all.filter(isActive);
  return { waiting, active };
}

/** Whether a dispatch run would offer anything now: when not, instances need not take turns for it. */
export function wouldOffer(ctx: CcContext): boolean {
  const { waiting, active } = queueOf(ctx);
  return waiting.some((interaction) => pickAgent(interaction, ctx.cc.data.agents, active) !== null);
}

/** ISO-8601 UTC timestamps of one format sort as plain text; `localeCompare` would cost a collation per pair. */
const compareTimes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Serializes dispatch runs so that two events never offer one interaction twice. Instances
 * sharing a database also take turns (a PostgreSQL advisory lock), each starting on the data
 * the previous one saved, so neither offers what the other did nor overloads an agent.
 */
export function serialDispatcher(ctx: CcContext, cluster?: Pick<StoreCluster, 'exclusive' | 'sync'>): () => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  // Most runs offer nothing (no agent free): on data as current as the lock would give, they skip it.
  // An agent freed on another instance is seen here, or that instance's own run sees this call.
  const inTurn = async (c: Pick<StoreCluster, 'exclusive' | 'sync'>) => {
    await c.sync();
    if (wouldOffer(ctx)) await c.exclusive('acd-dispatch', () => dispatchWaiting(ctx));
  };
  const run = cluster ? () => inTurn(cluster) : () => dispatchWaiting(ctx);
  return () => {
    chain = chain.then(run).catch((error) => console.error('[contact-center] dispatch failed:', error));
    return chain;
  };
}

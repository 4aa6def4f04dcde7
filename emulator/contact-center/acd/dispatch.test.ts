import { describe, expect, it } from 'vitest';
import type { CcContext } from '../context';
import type { AgentRecord, ContactCenterData, InteractionRecord } from '../data';
import { EventBus } from '../events/eventBus';
import { createLifecycle } from '../interactions/lifecycle';
import { dispatchWaiting, serialDispatcher } from './dispatch';

const agent: AgentRecord = {
  id: 'a', name: 'a', username: 'a@x.example', passwordHash: '', role: 'agent', queues: ['general'], skills: ['english'],
  state: 'available', idleSince: '2026-01-01T09:00:00.000Z',
};
const waiting = (id: string, queuedAt: string, over: Partial<InteractionRecord> = {}): InteractionRecord => ({
  id, channel: 'voice', state: 'queued', from: '+14155550101', startedAt: queuedAt, queuedAt, messages: [],
  participantData: {}, interactionRecords: [], visited: [], history: [],
  routing: { queue: 'general', skills: ['english'], reasons: [] }, ...over,
});

function contextWith(interactions: InteractionRecord[]): CcContext {
  const data = { agents: [agent], interactions: Object.fromEntries(interactions.map((i) => [i.id, i])) } as ContactCenterData;
  const ctx = { cc: { data, save: async () => {} }, bus: new EventBus(), now: () => new Date('2026-01-01T10:00:00.000Z'), dispatch: async () => {} } as CcContext;
  const none = () => {};
  ctx.lifecycle = createLifecycle(ctx, { createInteractionRecords: none, closeInteractionRecords: none, releaseAgent: none, requeue: none, writeBack: none, moveFocus: none, startWrapUp: none });
  return ctx;
}

describe('dispatchWaiting', () => {
  it('offers one call per free agent in one run, oldest first, and counts what it just offered', async () => {
    const calls = [
      waiting('late', '2026-01-01T09:59:00.000Z'),
      waiting('first', '2026-01-01T09:50:00.000Z'),
      waiting('second', '2026-01-01T09:55:00.000Z'),
      waiting('chat', '2026-01-01T09:58:00.000Z', { channel: 'chat' }),
    ];
    await dispatchWaiting(contextWith(calls));
    expect(calls.map((c) => [c.id, c.state])).toEqual([
      ['late', 'queued'],
      ['first', 'alerting'],
      ['second', 'queued'],
      ['chat', 'assigned'],
    ]);
  });

  it('leaves calls waiting while the agent is already on a call', async () => {
    const calls = [waiting('busy', '2026-01-01T09:00:00.000Z', { state: 'connected', agentId: 'a' }), waiting('next', '2026-01-01T09:50:00.000Z')];
    await dispatchWaiting(contextWith(calls));
    expect(calls[1].state).toBe('queued');
  });
});

describe('serialDispatcher with several instances', () => {
  it('offers inside the cluster\'s exclusive section, one run after the other', async () => {
    const calls = [waiting('first', '2026-01-01T09:50:00.000Z')];
    const ctx = contextWith(calls);
    const sections: string[] = [];
    const cluster = {
      sync: async () => {},
      async exclusive<T>(name: string, work: () => Promise<T>) {
        sections.push(`enter ${name}`);
        const result = await work();
        sections.push(`leave ${name}`);
        return result;
      },
    };
    const dispatch = serialDispatcher(ctx, cluster);
    await Promise.all([dispatch(), dispatch()]);
    // The second run finds the only agent alerted: nothing to offer, so no turn taken.
    expect(sections).toEqual(['enter acd-dispatch', 'leave acd-dispatch']);
    expect(calls[0].state).toBe('alerting');
  });

  it('does not take the turn when nothing could be offered', async () => {
    const calls = [waiting('busy', '2026-01-01T09:00:00.000Z', { state: 'connected', agentId: 'a' }), waiting('next', '2026-01-01T09:50:00.000Z')];
    const ctx = contextWith(calls);
    let turns = 0;
    const dispatch = serialDispatcher(ctx, { sync: async () => {}, exclusive: async (_name, work) => ((turns += 1), work()) });
    await dispatch();
    expect(turns).toBe(0);
    expect(calls[1].state).toBe('queued');
  });
});

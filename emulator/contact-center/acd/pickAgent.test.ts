import { describe, expect, it } from 'vitest';
import type { AgentRecord, InteractionRecord } from '../data';
import { pickAgent } from './pickAgent';

const agent = (id: string, over: Partial<AgentRecord> = {}): AgentRecord => ({
  id, name: id, username: `${id}@x.example`, passwordHash: '', role: 'agent', queues: ['general'], skills: ['english'],
  state: 'available', idleSince: '2026-01-01T10:00:00.000Z', ...over,
});
const call = (id: string, over: Partial<InteractionRecord> = {}): InteractionRecord => ({
  id, channel: 'voice', state: 'queued', from: '+14155550101', startedAt: '2026-01-01T10:00:00.000Z', messages: [],
  participantData: {}, interactionRecords: [], visited: [], history: [],
  routing: { queue: 'general', skills: ['english'], reasons: [] }, ...over,
});

describe('ACD (§7.5)', () => {
  it('offers the call to the available agent of the queue with every skill, longest idle first', () => {
    const agents = [
      agent('recent', { idleSince: '2026-01-01T10:05:00.000Z' }),
      agent('longest', { idleSince: '2026-01-01T09:00:00.000Z' }),
      agent('away', { state: 'unavailable', idleSince: '2026-01-01T08:00:00.000Z' }),
    ];
    expect(pickAgent(call('c1'), agents, [])?.id).toBe('longest');
  });

  it('needs all the skills and the queue', () => {
    const spanish = call('c1', { routing: { queue: 'general', skills: ['english', 'spanish'], reasons: [] } });
    expect(pickAgent(spanish, [agent('a')], [])).toBeNull();
    expect(pickAgent(spanish, [agent('a'), agent('b', { skills: ['english', 'spanish'] })], [])?.id).toBe('b');
    expect(pickAgent(call('c2', { routing: { queue: 'sales', skills: [], reasons: [] } }), [agent('a')], [])).toBeNull();
  });

  it('waits while the only skilled agent is on another call', () => {
    const busy = call('c0', { state: 'connected', agentId: 'a' });
    expect(pickAgent(call('c1'), [agent('a')], [busy])).toBeNull();
    const chat = call('c2', { channel: 'chat', state: 'queued' });
    expect(pickAgent(chat, [agent('a')], [busy])?.id).toBe('a');
  });

  it('does not give an unassigned chat straight back to the agent who unassigned it, unless nobody else can take it', () => {
    const chat = call('c1', { channel: 'chat', state: 'unassigned', agentId: 'gaveBack' });
    const agents = [agent('gaveBack', { idleSince: '2026-01-01T08:00:00.000Z' }), agent('other', { idleSince: '2026-01-01T10:05:00.000Z' })];
    expect(pickAgent(chat, agents, [])?.id).toBe('other');
    expect(pickAgent(chat, [agents[0]], [])?.id).toBe('gaveBack');
    expect(pickAgent({ ...chat, state: 'queued' }, agents, [])?.id).toBe('gaveBack');
  });
});

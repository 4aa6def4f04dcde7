import { describe, expect, it } from 'vitest';
import type { CcContext } from '../context';
import type { AgentRecord, ContactCenterData, InteractionRecord } from '../data';
import { EventBus } from '../events/eventBus';
import { moveFocus } from './focus';

const agent = (): AgentRecord => ({
  id: 'a', name: 'a', username: 'a@x.example', passwordHash: '', role: 'agent', queues: [], skills: [], state: 'available', idleSince: '2026-01-01T09:00:00.000Z',
});
const interaction = (id: string, over: Partial<InteractionRecord>): InteractionRecord => ({
  id, channel: 'chat', state: 'assigned', from: 'x@x.example', startedAt: '2026-01-01T10:00:00.000Z', agentId: 'a', messages: [],
  participantData: {}, interactionRecords: [], visited: [], history: [], ...over,
});

function desk(...interactions: InteractionRecord[]) {
  const me = agent();
  const data = { agents: [me], interactions: Object.fromEntries(interactions.map((i) => [i.id, i])) } as unknown as ContactCenterData;
  const ctx = { cc: { data, save: async () => {} }, bus: new EventBus() } as unknown as CcContext;
  return { me, ctx, data };
}

describe('the agent’s focus moves with their work (issue 15 item 1)', () => {
  it('an answered call takes the focus only when the agent has none open', () => {
    const chat = interaction('chat', { acceptedAt: '2026-01-01T10:01:00.000Z' });
    const call = interaction('call', { channel: 'voice', state: 'connected', answeredAt: '2026-01-01T10:02:00.000Z' });
    const { me, ctx } = desk(chat, call);
    moveFocus(ctx, chat);
    expect(me.focusInteractionId).toBe('chat');
    moveFocus(ctx, call);
    expect(me.focusInteractionId).toBe('chat');
  });

  it('when the focused one closes, the focus goes to the most recently taken other, or none', () => {
    const older = interaction('older', { acceptedAt: '2026-01-01T10:01:00.000Z' });
    const newer = interaction('newer', { acceptedAt: '2026-01-01T10:05:00.000Z' });
    const focused = interaction('focused', { acceptedAt: '2026-01-01T10:03:00.000Z' });
    const { me, ctx } = desk(older, newer, focused);
    me.focusInteractionId = 'focused';
    focused.state = 'closed';
    moveFocus(ctx, focused);
    expect(me.focusInteractionId).toBe('newer');
    newer.state = 'closed';
    moveFocus(ctx, newer);
    expect(me.focusInteractionId).toBe('older');
    older.state = 'unassigned';
    moveFocus(ctx, older);
    expect(me.focusInteractionId).toBeUndefined();
  });
});
